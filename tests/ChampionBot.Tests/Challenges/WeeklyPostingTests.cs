using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteWeeklyPostingTests : WeeklyPostingTests<SqliteTestDatabase>;

public sealed class PostgresWeeklyPostingTests : WeeklyPostingTests<PostgresTestDatabase>;

/// <summary>The weekly scheduler, driven poll by poll on a fake clock.</summary>
public abstract class WeeklyPostingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    /// <summary>Monday 22 March 2027, 10:00 in London (GMT). The clocks go forward on Sunday 28 March.</summary>
    private static readonly DateTimeOffset BeforeDaylightSaving = new(2027, 3, 22, 10, 0, 0, TimeSpan.Zero);

    [SkippableFact]
    public async Task Scheduler_AcrossTheSpringDaylightSavingChange_PostsAt0900LocalWhichIs0800Utc()
    {
        await using var host = await AppHost.StartAsync<TDatabase>(BeforeDaylightSaving);
        await host.SetProgramCadenceAsync("0 9 * * MON", "Europe/London");
        await host.SendAsync(TestActivities.ChannelMention("help"));
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("After the clocks change");

        var reply = Assert.Single(await host.SayAsync($"challenge schedule {draft.Id} next", TestPeople.Owner)).Text;
        Assert.Contains("Monday 29 March 2027 at 09:00 (London time)", reply, StringComparison.Ordinal);
        host.Connector.Clear();

        host.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 29, 7, 59, 0, TimeSpan.Zero));
        await host.RunSchedulerAsync();
        Assert.Empty(host.ChannelThreads());
        Assert.Equal(ChallengeStatus.Scheduled, (await host.ChallengeAsync(draft.Id)).Status);

        host.Clock.SetUtcNow(new DateTimeOffset(2027, 3, 29, 8, 0, 30, TimeSpan.Zero));
        await host.RunSchedulerAsync();
        await host.RunSchedulerAsync();

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.Equal(new DateTimeOffset(2027, 3, 29, 8, 0, 0, TimeSpan.Zero), post.OccurrenceAt);
        Assert.Single(host.ChannelThreads());
        Assert.Equal(ChallengeStatus.Posted, (await host.ChallengeAsync(draft.Id)).Status);
    }

    [SkippableFact]
    public async Task Scheduler_AfterThreeWeeksDown_PostsOnceForTheLatestMissedMondayOnly()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.SendAsync(TestActivities.ChannelMention("help"));
        await host.EnrolEveryoneAsync();
        var first = await host.AddDraftAsync("Week one");
        var second = await host.AddDraftAsync("Week two");
        await host.SayAsync($"challenge schedule {first.Id} next", TestPeople.Owner);
        await host.SayAsync($"challenge schedule {second.Id} next", TestPeople.Owner);
        host.Connector.Clear();

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 12, 17, 12, 0, 0, TimeSpan.Zero)); // Thursday after three missed Mondays
        await host.RunSchedulerAsync();
        await host.RunSchedulerAsync();

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.Equal(new DateTimeOffset(2026, 12, 14, 14, 0, 0, TimeSpan.Zero), post.OccurrenceAt);
        Assert.Equal(first.Id, post.ChallengeId);
        Assert.Single(host.ChannelThreads());
        Assert.Equal(ChallengeStatus.Scheduled, (await host.ChallengeAsync(second.Id)).Status);
    }

    [SkippableFact]
    public async Task Scheduler_ChallengeScheduledForTodayAfterTheOccurrence_WaitsForTheNextOne()
    {
        await using var host = await AppHost.StartAsync<TDatabase>(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero)); // Monday 10:00 New York
        var draft = await host.AddDraftAsync("Late for today");

        var reply = Assert.Single(await host.SayAsync($"challenge schedule {draft.Id} 2026-11-30", TestPeople.Owner)).Text;
        await host.RunSchedulerAsync();

        Assert.Contains("Monday 7 December 2026 at 09:00", reply, StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
    }
}
