using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

// PostgreSQL only: several instances need it, and SQLite refuses a second process on its file (SqliteFileLockTests).
public sealed class PostgresExactlyOncePostingTests : ExactlyOncePostingTests<PostgresTestDatabase>;

/// <summary>Two app instances (two service providers, two schedulers) on one database race for the same occurrence.</summary>
public abstract class ExactlyOncePostingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset MondayNineInNewYork = new(2026, 11, 30, 14, 0, 5, TimeSpan.Zero);

    [SkippableFact]
    public async Task TwoInstances_RacingTheSameOccurrence_PostOnceWithOneSetOfDeliveries()
    {
        await using var first = await AppHost.StartAsync<TDatabase>();
        await first.SendAsync(TestActivities.ChannelMention("help"));
        var enrolled = await first.EnrolEveryoneAsync();
        var draft = await first.AddDraftAsync("Raced");
        await first.SayAsync($"challenge schedule {draft.Id} next", TestPeople.Owner);
        await using var second = first.SecondInstance();
        await second.QueryAsync(db => db.Programs.CountAsync()); // starts the second instance on the same, already migrated database
        first.Connector.Clear();

        for (var round = 0; round < 3; round++)
        {
            first.Clock.SetUtcNow(MondayNineInNewYork.AddMinutes(round));
            second.Clock.SetUtcNow(MondayNineInNewYork.AddMinutes(round));
            using var start = new Barrier(2);
            await Task.WhenAll(
                Task.Run(async () => { start.SignalAndWait(); await first.RunSchedulerAsync(); }),
                Task.Run(async () => { start.SignalAndWait(); await second.RunSchedulerAsync(); }));
        }

        Assert.Single(await first.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.Single(await first.QueryAsync(db => db.OutboundMessages.ToListAsync()));
        Assert.Equal(enrolled, await first.QueryAsync(db => db.Deliveries.CountAsync()));
        Assert.Equal(1, first.ChannelThreads().Count + second.ChannelThreads().Count);
        Assert.Equal(ChallengeStatus.Posted, (await first.ChallengeAsync(draft.Id)).Status);
    }
}
