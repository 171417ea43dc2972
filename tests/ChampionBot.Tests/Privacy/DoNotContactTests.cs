using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Privacy.DoNotContactSteps;

namespace ChampionBot.Tests.Privacy;

public sealed class SqliteDoNotContactTests(SqliteTestDatabase database) : DoNotContactTests<SqliteTestDatabase>(database);

public sealed class PostgresDoNotContactTests(PostgresTestDatabase database) : DoNotContactTests<PostgresTestDatabase>(database);

/// <summary>
/// Someone who used <c>forget me</c> is never contacted again (not even after the owner enrols their team again) until
/// they write <c>optin</c> themselves; the bot keeps only their object id and the time for that.
/// </summary>
public abstract class DoNotContactTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string SkippedReply = "1 person asked me to forget them, so I didn't enrol them; they can rejoin by writing **optin** to me.";

    [SkippableFact]
    public async Task Enroll_PersonOptedOutThenForgotten_IsNotEnrolledTheReplySaysWhyAndTheSurveyPassesThemBy()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var (pat, colleague) = (NewPerson("Pat Forgotten"), NewPerson("Casey Colleague"));
        await app.SendAsync(TestActivities.PersonalMessage("optout", pat));
        await ForgetMeAsync(app, pat);

        var reply = await OwnerEnrolsAsync(app, pat, colleague);
        var surveyed = await OwnerSendsTheDreadSurveyAsync(app);

        Assert.Contains("1 new", reply, StringComparison.Ordinal);
        Assert.Contains(SkippedReply, reply, StringComparison.Ordinal);
        Assert.False(await app.QueryAsync(db => db.Participants.AnyAsync(p => p.ObjectId == pat.ObjectId)));
        Assert.Contains(colleague.ObjectId, surveyed);
        Assert.DoesNotContain(pat.ObjectId, surveyed);
    }

    [SkippableFact]
    public async Task Enroll_PersonForgottenWithoutOptingOutWhoWroteAgain_IsNotEnrolledTheReplySaysWhyAndTheSurveyPassesThemBy()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var (pat, colleague) = (NewPerson("Pat Forgotten"), NewPerson("Casey Colleague"));
        await ForgetMeAsync(app, pat);

        // Writing to the bot again (first contact creates a bare participant row) is not opting back in.
        await app.SendAsync(TestActivities.PersonalMessage("mydata", pat));
        var reply = await OwnerEnrolsAsync(app, pat, colleague);
        var surveyed = await OwnerSendsTheDreadSurveyAsync(app);

        Assert.Contains(SkippedReply, reply, StringComparison.Ordinal);
        Assert.False(await IsEnrolledAsync(app, pat));
        Assert.Single(await DoNotContactRowsAsync(app, pat));
        Assert.Contains(colleague.ObjectId, surveyed);
        Assert.DoesNotContain(pat.ObjectId, surveyed);
    }

    [SkippableFact]
    public async Task OptIn_AfterForgetMe_TakesThemOffTheListAndTheNextEnrollEnrolsThem()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var pat = NewPerson("Pat Returning");
        await app.SendAsync(TestActivities.PersonalMessage("optout", pat));
        await ForgetMeAsync(app, pat);

        await app.SendAsync(TestActivities.PersonalMessage("optin", pat));
        var optInReply = app.Connector.Calls[^1].Text;
        var enrollReply = await OwnerEnrolsAsync(app, pat);

        Assert.Contains("taken you off my do-not-contact list", optInReply, StringComparison.Ordinal);
        Assert.Empty(await DoNotContactRowsAsync(app, pat));
        Assert.Contains("Enrolled **Marketing Pilot**: 1 new", enrollReply, StringComparison.Ordinal);
        Assert.DoesNotContain("forget", enrollReply, StringComparison.Ordinal);
        Assert.True(await IsEnrolledAsync(app, pat));
        Assert.Contains(pat.ObjectId, await OwnerSendsTheDreadSurveyAsync(app));
    }

    [SkippableFact]
    public async Task MyData_AfterForgetMe_ShowsTheDoNotContactListSinceWhenAndHowToLiftIt()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var pat = NewPerson("Pat Forgotten");
        await ForgetMeAsync(app, pat);
        app.Connector.Clear();

        await app.SendAsync(TestActivities.PersonalMessage("mydata", pat));

        var card = Assert.Single(app.Connector.Calls).CardText;
        var since = (await DoNotContactRowsAsync(app, pat)).Single().Since;
        Assert.Contains("Do-not-contact list (1)", card, StringComparison.Ordinal);
        Assert.Contains($"Since {since:d MMM yyyy} you're on my do-not-contact list", card, StringComparison.Ordinal);
        Assert.Contains("I keep only your account id and that date", card, StringComparison.Ordinal);
        Assert.Contains("Type **optin** to lift it", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ForgetMe_ConfirmationCard_SaysItKeepsOnlyTheAccountIdOnADoNotContactListUntilOptin()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);

        var card = await ForgetMeAsync(app, NewPerson("Pat Forgotten"));

        Assert.Contains("even if you never opted out", card, StringComparison.Ordinal);
        Assert.Contains("your account id on a do-not-contact list", card, StringComparison.Ordinal);
        Assert.Contains("unless you write **optin** to me", card, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task DemoSeeding_DemoPersonForgottenAndAppRestarted_DoesNotBringThemBack()
    {
        database.SkipUnlessAvailable();

        var adele = new TestPerson("Adele Vance", "a1000000-0000-4000-8000-000000000003", "user-id-2");
        using (var first = new AppHost(database))
        {
            await ForgetMeAsync(first, adele);
        }

        using var restarted = new AppHost(database);
        await restarted.SendAsync(TestActivities.PersonalMessage("help", TestPeople.Owner));

        Assert.False(await restarted.QueryAsync(db => db.Participants.AnyAsync(p => p.ObjectId == adele.ObjectId)));
        Assert.Single(await DoNotContactRowsAsync(restarted, adele));
    }

    [SkippableFact]
    public async Task ForgetMe_Confirmed_StoresOnlyTheObjectIdAndTheTime()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        var pat = NewPerson("Pat Forgotten");
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        await ForgetMeAsync(app, pat);

        var row = Assert.Single(await DoNotContactRowsAsync(app, pat));
        Assert.InRange(row.Since, before, DateTimeOffset.UtcNow.AddSeconds(1));
        var columns = await app.QueryAsync(db => Task.FromResult(
            db.Model.FindEntityType(typeof(DoNotContact))!.GetProperties().Select(p => p.GetColumnName()).Order().ToList()));
        Assert.Equal(["ObjectId", "Since"], columns);
        Assert.False(await app.QueryAsync(db => db.Participants.AnyAsync(p => p.ObjectId == pat.ObjectId)));
    }
}
