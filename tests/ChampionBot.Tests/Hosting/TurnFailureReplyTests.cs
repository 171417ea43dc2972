using ChampionBot.Testing.Databases;
using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Hosting;

/// <summary>
/// Teams gets its 200 before a message is handled, so a message whose handling fails (the database refusing writes, as
/// in an outage) must not end in silence: the person is told it did not go through, and nothing changed.
/// </summary>
public sealed class TurnFailureReplyTests : IDisposable
{
    private const string Failed = "Sorry, something went wrong on my side and I couldn't do that, so nothing changed. Please send it again in a minute.";
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    [SkippableFact]
    public async Task OptOut_DatabaseRefusesTheWrite_PersonIsToldNothingChangedAndCanSendItAgain()
    {
        var megan = TestPeople.Megan;
        await _app.SendAsync(TestActivities.PersonalMessage("help", megan));
        await ExecuteAsync("""CREATE TRIGGER test_outage BEFORE UPDATE ON "Participants" BEGIN SELECT RAISE(ABORT, 'simulated database outage'); END;""");
        _app.Connector.Clear();

        await _app.SendAsync(TestActivities.PersonalMessage("optout", megan));

        Assert.Equal(Failed, Assert.Single(_app.Connector.Calls).Text);
        Assert.Null(await OptedOutAtAsync(_app, megan.ObjectId));

        await ExecuteAsync("DROP TRIGGER test_outage;");
        _app.Connector.Clear();
        await _app.SendAsync(TestActivities.PersonalMessage("optout", megan));

        Assert.NotNull(await OptedOutAtAsync(_app, megan.ObjectId));
        Assert.DoesNotContain(_app.Connector.Calls, call => call.Text == Failed);
    }

    [SkippableFact]
    public async Task OptOut_PostgresStoppedMidConversation_PersonIsToldAndOptOutWorksOnceItIsBack()
    {
        var postgres = new PrivatePostgresServer();
        await postgres.InitializeAsync();
        try
        {
            postgres.SkipUnlessAvailable();
            await OptOutDuringOutageAsync(postgres);
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    private static async Task OptOutDuringOutageAsync(PrivatePostgresServer postgres)
    {
        using var app = new AppHost().With("Storage:Provider", "Postgres").With("ConnectionStrings:ChampionBot", postgres.ConnectionString);
        var megan = TestPeople.Megan;
        await app.SendAsync(TestActivities.PersonalMessage("help", megan));
        app.Connector.Clear();

        await postgres.StopImmediatelyAsync();
        await SendDuringOutageAsync(app, TestActivities.PersonalMessage("optout", megan));
        Assert.Equal(Failed, Assert.Single(app.Connector.Calls).Text);

        await postgres.StartAsync();
        Assert.Null(await OptedOutAtAsync(app, megan.ObjectId));
        app.Connector.Clear();
        await app.SendAsync(TestActivities.PersonalMessage("optout", megan));
        Assert.NotNull(await OptedOutAtAsync(app, megan.ObjectId));
        Assert.DoesNotContain(app.Connector.Calls, call => call.Text == Failed);
    }

    /// <summary>Posts without the test helper's reference flush, which needs the database.</summary>
    private static async Task SendDuringOutageAsync(AppHost app, System.Text.Json.Nodes.JsonNode activity)
    {
        using var client = app.CreateClient();
        using var content = new StringContent(activity.ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/messages", UriKind.Relative), content);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        await app.Services.GetRequiredService<TurnQueue>().WhenIdleAsync().WaitAsync(TimeSpan.FromSeconds(60));
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var scope = _app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChampionDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    private static async Task<DateTimeOffset?> OptedOutAtAsync(AppHost app, string objectId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ChampionDbContext>().Participants
            .Where(p => p.ObjectId == objectId).Select(p => p.OptedOutAt).SingleAsync();
    }
}
