using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Programs;

public sealed class SqliteProgramOwnerTests(SqliteTestDatabase database) : ProgramOwnerTests<SqliteTestDatabase>(database);

public sealed class PostgresProgramOwnerTests(PostgresTestDatabase database) : ProgramOwnerTests<PostgresTestDatabase>(database);

/// <summary><c>program owner add</c> and <c>program owner remove</c>: only people the bot knows, told 1:1, never leaving a program ownerless.</summary>
public abstract class ProgramOwnerTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private static readonly TestPerson Adele = new("Adele Vance", "a1000000-0000-4000-8000-000000000003", "29:adele-personal");

    [SkippableFact]
    public async Task ProgramOwnerAdd_UnknownObjectId_IsRefusedAndAddsNobody()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var unknown = Guid.NewGuid().ToString();
        await app.SendAsync(TestActivities.PersonalMessage("program owner add " + unknown, TestPeople.Owner));

        Assert.Contains(app.Connector.Calls, c => c.Text?.Contains("so nothing changed", StringComparison.Ordinal) == true);
        Assert.False(await app.QueryAsync(db => db.ProgramOwners.AnyAsync(o => o.ObjectId == unknown)));
    }

    [SkippableFact]
    public async Task ProgramOwnerAddThenRemove_PersonWithA1To1Chat_IsToldBothTimesAndAudited()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("help", Adele));
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("program owner add adelev@contoso.example", TestPeople.Owner));
        var added = app.Connector.Calls.Single(c => c.Text?.Contains("is now an owner", StringComparison.Ordinal) == true).Text;
        await app.SendAsync(TestActivities.PersonalMessage("program owner remove adelev@contoso.example", TestPeople.Owner));
        var removed = app.Connector.Calls.Single(c => c.Text?.Contains("is no longer an owner", StringComparison.Ordinal) == true).Text;

        Assert.Contains("I've told them in our 1:1 chat", added, StringComparison.Ordinal);
        Assert.Contains("I've told them in our 1:1 chat", removed, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.ProgramOwners.AnyAsync(o => o.ObjectId == Adele.ObjectId)));
        Assert.Equal(2, await app.QueryAsync(db => db.Deliveries.CountAsync(d => d.RecipientObjectId == Adele.ObjectId
            && db.OutboundMessages.Any(m => m.Id == d.OutboundMessageId && m.Kind == OutboundMessageKind.Announcement))));
        Assert.True(await app.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "program.owner-removed")));
    }

    [SkippableFact]
    public async Task ProgramOwnerRemove_OwnerFromSettings_IsRefusedWithWhereToChangeIt()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("program owner remove alexw@contoso.example", TestPeople.Owner));

        // The class shares one database: announcements queued by an earlier test may go out during this one.
        Assert.Contains(app.Connector.Calls, c => c.Text?.Contains("through ChampionBot's settings", StringComparison.Ordinal) == true);
    }

    [SkippableFact]
    public async Task ProgramOwnerRemove_SomeoneWhoIsNotAnOwner_ChangesNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("program owner remove meganb@contoso.example", TestPeople.Owner));

        Assert.Contains(app.Connector.Calls, c => c.Text?.Contains("isn't an owner of", StringComparison.Ordinal) == true);
    }
}
