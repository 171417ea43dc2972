using System.Net;
using System.Text;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Enrollment;

public sealed class SqliteEnrollFlowTests(SqliteTestDatabase database) : EnrollFlowTests<SqliteTestDatabase>(database);

public sealed class PostgresEnrollFlowTests(PostgresTestDatabase database) : EnrollFlowTests<PostgresTestDatabase>(database);

/// <summary><c>enroll</c>: the pilot team's roster, read through the Bot Connector page by page, becomes the program's participants.</summary>
public abstract class EnrollFlowTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string Tenant = "7d0b6a4e-2c1f-4b8e-9a55-1f3c2d4e5a60";

    [SkippableFact]
    public async Task Enroll_BotNeverInThePilotTeam_ExplainsHowToAddIt()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.WriteAsync(db => db.ConversationReferences.Where(r => r.TeamId != null).ExecuteDeleteAsync());
        await app.SendAsync(TestActivities.PersonalMessage("enroll", TestPeople.Owner));

        Assert.Contains("I haven't been added to **Marketing Pilot** yet", Assert.Single(app.Connector.Calls).Text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Enroll_RosterInTwoPages_EnrolsNewPeopleCountsTheRestAndKeepsOptedOutPeopleOut()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.ChannelMention("help", TestPeople.Megan));
        await app.WriteAsync(async db =>
        {
            await db.Participants.ExecuteUpdateAsync(s => s.SetProperty(p => p.EnrolledAt, (DateTimeOffset?)null).SetProperty(p => p.OptedOutAt, (DateTimeOffset?)null));
            var megan = await db.Participants.SingleAsync(p => p.ObjectId == TestPeople.Megan.ObjectId);
            megan.ProgramId = (await db.Programs.SingleAsync()).Id;
            megan.EnrolledAt = DateTimeOffset.UtcNow;
            var adele = await db.Participants.SingleAsync(p => p.ObjectId == "a1000000-0000-4000-8000-000000000003");
            adele.OptedOutAt = DateTimeOffset.UtcNow;
        });
        app.Connector.Clear();
        app.Connector.Override = request => request.RequestUri!.AbsolutePath.Contains("/pagedmembers", StringComparison.Ordinal)
            ? Json(request.RequestUri.Query.Contains("continuationToken=page-2", StringComparison.Ordinal)
                ? $$"""{"members":[{{Member("new-person-1", "Nestor Wilke", "nestorw@contoso.example")}},{{Member("a1000000-0000-4000-8000-000000000003", "Adele Vance", "adelev@contoso.example")}}]}"""
                : $$"""{"members":[{{Member(TestPeople.Megan.ObjectId, "Megan Bowen", "meganb@contoso.example")}},{{Member("new-person-2", "Grady Archie", "gradya@contoso.example")}}],"continuationToken":"page-2"}""")
            : null;

        await app.SendAsync(TestActivities.PersonalMessage("enroll", TestPeople.Owner));

        var reply = app.Connector.Calls.Last().Text;
        Assert.Contains("2 new, 1 already enrolled, 1 opted out and kept out", reply, StringComparison.Ordinal);
        Assert.Equal(2, app.Connector.Calls.Count(c => c.Path.Contains("/v3/conversations/19%3Amarketing-pilot%40thread.tacv2/pagedmembers", StringComparison.Ordinal)));
        var nestor = await app.QueryAsync(db => db.Participants.SingleAsync(p => p.ObjectId == "new-person-1"));
        Assert.Equal(("29:new-person-1", Tenant, "nestorw@contoso.example", "Marketing Pilot"), (nestor.TeamsUserId, nestor.TenantId, nestor.UserPrincipalName, nestor.Team));
        Assert.NotNull(nestor.EnrolledAt);
        var adeleAfter = await app.QueryAsync(db => db.Participants.SingleAsync(p => p.ObjectId == "a1000000-0000-4000-8000-000000000003"));
        Assert.Null(adeleAfter.EnrolledAt);
    }

    [SkippableFact]
    public async Task Enroll_Participant_IsRefusedAndTheRosterIsNotRead()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("enroll", TestPeople.Megan));

        var call = Assert.Single(app.Connector.Calls);
        Assert.Contains("is for program owners", call.Text, StringComparison.Ordinal);
    }

    private static string Member(string objectId, string name, string upn) =>
        $$"""{"id":"29:{{objectId}}","name":"{{name}}","aadObjectId":"{{objectId}}","userPrincipalName":"{{upn}}","email":"{{upn}}","tenantId":"{{Tenant}}","userRole":"user"}""";

    private static HttpResponseMessage Json(string json) => new(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
