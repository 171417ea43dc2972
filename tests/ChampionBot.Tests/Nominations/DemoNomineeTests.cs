using System.Net;
using System.Text;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static ChampionBot.Tests.Nominations.NominationHostExtensions;

namespace ChampionBot.Tests.Nominations;

public sealed class SqliteDemoNomineeTests : DemoNomineeTests<SqliteTestDatabase>;

public sealed class PostgresDemoNomineeTests : DemoNomineeTests<PostgresTestDatabase>;

/// <summary>
/// The demo shows a nomination by itself (seeds/demo-organisation.json): once the Playground's team is enrolled, Megan
/// Bowen's past results and Copilot usage make her the one nominee, and her manager is Alex Wilber, the Playground's user.
/// </summary>
public abstract class DemoNomineeTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string Tenant = "7d0b6a4e-2c1f-4b8e-9a55-1f3c2d4e5a60";

    private static readonly (string Id, string ObjectId, string Name)[] PlaygroundUsers =
    [
        ("user-id-0", TestPeople.Owner.ObjectId, "Alex Wilber"), ("user-id-1", TestPeople.Megan.ObjectId, "Megan Bowen"),
        ("user-id-2", "a1000000-0000-4000-8000-000000000003", "Adele Vance"), ("user-id-3", "a1000000-0000-4000-8000-000000000004", "Isaiah Langer"),
        ("user-id-4", "a1000000-0000-4000-8000-000000000005", "Patti Fernandez"), ("user-id-5", "a1000000-0000-4000-8000-000000000006", "Lynne Robbins"),
    ];

    [SkippableFact]
    public async Task Enroll_PlaygroundTeam_MeganIsNominatedAndHerYesReachesAlex()
    {
        await using var host = await DemoAsync();
        await host.SayAsync("help", TestPeople.Owner);
        await host.SendAsync(TestActivities.ChannelMention("help", TestPeople.Owner));
        host.Connector.Override = request => request.RequestUri!.AbsolutePath.Contains("/pagedmembers", StringComparison.Ordinal)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Roster(), Encoding.UTF8, "application/json") }
            : null;

        await host.SayAsync("enroll", TestPeople.Owner);
        await RescoreQueuedAsync(host);
        await host.RunSchedulerAsync(); // the daily scoring, and the follow-up job, as at the bot's start

        var nominations = await host.QueryAsync(db => db.Nominations.AsNoTracking().Include(n => n.Participant).ToListAsync());
        var nomination = Assert.Single(nominations);
        Assert.Equal(("Megan Bowen", NominationStatus.AwaitingConsent, "system"), (nomination.Participant!.DisplayName, nomination.Status, nomination.NominatedByObjectId));
        var (consent, _) = await host.QueuedAsync(NominationMessages.ConsentKey(nomination.Id, 1));
        Assert.Contains("Completed 2 challenges", CardReader.TextOf(Card(consent)), StringComparison.Ordinal);
        var (_, answer) = await host.PressAsync(Card(consent), ConsentCard.YesVerb, TestPeople.Megan);
        Assert.Contains("Alex Wilber", CardReader.TextOf(answer), StringComparison.Ordinal);
        nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (_, deliveries) = await host.QueuedAsync($"nomination:{nomination.Id}:manager:{nomination.Version}");
        Assert.Equal(TestPeople.Owner.ObjectId, Assert.Single(deliveries).RecipientObjectId);
    }

    [SkippableFact]
    public async Task DailyScoring_WholeDemoOrganisationEnrolled_MeganIsTheOnlyNominee()
    {
        await using var host = await DemoAsync();
        await host.EnrolEveryoneAsync();

        await host.RunSchedulerAsync();

        var nominees = await host.QueryAsync(db => db.Nominations.AsNoTracking().Select(n => n.Participant!.DisplayName).ToListAsync());
        Assert.Equal(["Megan Bowen"], nominees);
    }

    /// <summary>The demo as a newcomer runs it: its past results seeded; rescores run by the test, not in the background.</summary>
    private static async Task<AppHost> DemoAsync()
    {
        var host = await AppHost.StartAsync<TDatabase>();
        host.With("Storage:SeedDemoResults", "true").WithServices(services =>
        {
            var worker = services.Single(d => d.ImplementationType == typeof(ChampionRescoreWorker));
            services.Remove(worker);
        });
        return host;
    }

    /// <summary>What the background rescore does after the window: scores everyone enroll queued, then tells the nominations.</summary>
    private static async Task RescoreQueuedAsync(AppHost host)
    {
        var queued = new HashSet<int>();
        while (host.Services.GetRequiredService<ChampionRescores>().Reader.TryRead(out var id))
        {
            queued.Add(id);
        }

        Assert.NotEmpty(queued);
        await using var scope = host.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ChampionScorer>().RescoreAsync(queued, CancellationToken.None);
        foreach (var listener in scope.ServiceProvider.GetServices<IScoresRecomputed>())
        {
            await listener.ScoresRecomputedAsync(queued, CancellationToken.None);
        }
    }

    private static string Roster() => "{\"members\":[" + string.Join(',', PlaygroundUsers.Select(u =>
        $$"""{"id":"{{u.Id}}","name":"{{u.Name}}","aadObjectId":"{{u.ObjectId}}","tenantId":"{{Tenant}}","userRole":"user"}""")) + "]}";
}
