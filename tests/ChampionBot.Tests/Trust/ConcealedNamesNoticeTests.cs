using System.Net;
using System.Text;
using ChampionBot.Features.Champions;
using ChampionBot.Graph;
using ChampionBot.Scheduling;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Trust;

public sealed class SqliteConcealedNamesNoticeTests(SqliteTestDatabase database) : ConcealedNamesNoticeTests<SqliteTestDatabase>(database);

public sealed class PostgresConcealedNamesNoticeTests(PostgresTestDatabase database) : ConcealedNamesNoticeTests<PostgresTestDatabase>(database);

/// <summary>When the tenant conceals report names, the owners are told once, 1:1, how an admin changes the setting.</summary>
public abstract class ConcealedNamesNoticeTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    [SkippableFact]
    public async Task DailyScoring_NamesConcealedOnTwoDays_OwnersToldOnceHowToChangeTheSetting()
    {
        database.SkipUnlessAvailable();
        using var app = new AppHost(database).WithServices(services =>
            services.AddHttpClient<GraphClient>().ConfigurePrimaryHttpMessageHandler(() => new ConcealingGraph()));
        await app.SendAsync(TestActivities.PersonalMessage("help", TestPeople.Owner));

        await RunScoringAsync(app);
        await RunScoringAsync(app);

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChampionBot.Data.ChampionDbContext>();
        var key = ConcealedNamesNotice.OutboxKey(await db.Programs.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var message = await db.OutboundMessages.AsNoTracking().SingleAsync(m => m.IdempotencyKey == key);
        var deliveries = await db.Deliveries.AsNoTracking().Where(d => d.OutboundMessageId == message.Id).Select(d => d.RecipientObjectId).ToListAsync();
        Assert.Equal([TestPeople.Owner.ObjectId], deliveries);
        var text = (string?)System.Text.Json.Nodes.JsonNode.Parse(message.ActivityJson)!["text"];
        Assert.Equal(ConcealedNamesNotice.Text, text);
        Assert.Contains("Org settings > Reports", text, StringComparison.Ordinal);
    }

    private static async Task RunScoringAsync(AppHost app)
    {
        app.Services.GetRequiredService<CopilotUsageState>().LastDailyRun = null;
        await using var scope = app.Services.CreateAsyncScope();
        var job = scope.ServiceProvider.GetServices<IScheduledJob>().OfType<ChampionScoringJob>().Single();
        await job.RunDueAsync(CancellationToken.None);
    }

    /// <summary>Graph with names concealed: the setting says so; people are not in this directory.</summary>
    private sealed class ConcealingGraph : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(request.RequestUri!.AbsolutePath.EndsWith("admin/reportSettings", StringComparison.Ordinal)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"displayConcealedNames\":true}", Encoding.UTF8, "application/json") }
                : new HttpResponseMessage(HttpStatusCode.NotFound) { Content = new StringContent("{}", Encoding.UTF8, "application/json") });
    }
}
