using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Nominations;
using ChampionBot.Testing.Databases;
using ChampionBot.Testing.Cards;
using ChampionBot.Tests.Data;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Nominations;

public sealed class SqliteNominationSelectionTests : NominationSelectionTests<SqliteTestDatabase>;

public sealed class PostgresNominationSelectionTests : NominationSelectionTests<PostgresTestDatabase>;

/// <summary>After scoring: nominees over the threshold with a completed challenge, up to the champion ratio, never someone who may not be asked.</summary>
public abstract class NominationSelectionTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task ScoresRecomputed_OverThresholdWithCompletedChallenge_NominatedUpToTheRatioSkippingOptedOut()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var challenge = await host.AddDraftAsync("Draft the Monday status report");
        // 33 enrolled, one champion per 20: two nominations. Adele opted out; Isaiah has no completed challenge; Patti is under the threshold.
        var scored = new (string ObjectId, double Points, bool Completed)[]
        {
            ("a1000000-0000-4000-8000-000000000003", 30, true),
            ("a1000000-0000-4000-8000-000000000004", 25, false),
            (TestPeople.Megan.ObjectId, 20, true),
            ("a1000000-0000-4000-8000-000000000006", 15, true),
            ("a1000000-0000-4000-8000-000000000005", 2, true),
        };
        await host.QueryAsync(async db =>
        {
            foreach (var (objectId, points, completed) in scored)
            {
                var person = await db.Participants.SingleAsync(p => p.ObjectId == objectId);
                db.ChampionScores.Add(new ChampionScore { ParticipantId = person.Id, ProgramId = person.ProgramId, Points = points, LinesJson = ScoreLine.ToJson([new(points, "Completed 1 challenge.")]) });
                if (completed)
                {
                    db.Results.Add(TestRows.Result(person, challenge));
                }
            }

            await db.Participants.Where(p => p.ObjectId == "a1000000-0000-4000-8000-000000000003").ExecuteUpdateAsync(s => s.SetProperty(p => p.OptedOutAt, host.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<NominationSelection>().ScoresRecomputedAsync(null, CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<NominationSelection>().ScoresRecomputedAsync(null, CancellationToken.None);
        }

        var nominated = await host.QueryAsync(db => db.Nominations.AsNoTracking().OrderBy(n => n.Id)
            .Select(n => new { n.Participant!.DisplayName, n.Status, n.NominatedByObjectId }).ToListAsync());
        Assert.Equal(["Megan Bowen", "Lynne Robbins"], nominated.Select(n => n.DisplayName));
        Assert.All(nominated, n => Assert.Equal((NominationStatus.AwaitingConsent, "system"), (n.Status, n.NominatedByObjectId)));
    }

    [SkippableFact]
    public async Task Nominate_AmbiguousName_ListsTheCandidatesAndStartsNothing()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();

        var replies = await host.SayAsync("nominate i", TestPeople.Owner);

        var text = string.Join('\n', replies.Select(r => r.Text));
        Assert.Contains("More than one person fits", text, StringComparison.Ordinal);
        Assert.Contains("Isaiah Langer", text, StringComparison.Ordinal);
        Assert.Contains("Irvin Sayers", text, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.Nominations.AnyAsync()));
    }

    [SkippableFact]
    public async Task Nominate_BySomeoneWhoIsNotAnOwner_IsRefused()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();

        await host.SayAsync("nominate adele", TestPeople.Megan);

        Assert.False(await host.QueryAsync(db => db.Nominations.AnyAsync()));
    }
}
