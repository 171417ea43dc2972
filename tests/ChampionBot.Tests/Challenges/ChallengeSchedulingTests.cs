using ChampionBot.Data.Entities;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteChallengeSchedulingTests : ChallengeSchedulingTests<SqliteTestDatabase>;

public sealed class PostgresChallengeSchedulingTests : ChallengeSchedulingTests<PostgresTestDatabase>;

/// <summary>
/// <c>challenge schedule</c> in the program's time zone. The demo program posts Mondays 09:00 America/New_York and the
/// clock starts on Wednesday 25 November 2026, 10:00 in New York.
/// </summary>
public abstract class ChallengeSchedulingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Schedule_OnADayThatIsNotAPostingDay_SaysWhenItPostsAndWhy()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var draft = await host.AddDraftAsync("Midweek wish");

        var reply = Assert.Single(await host.SayAsync($"challenge schedule {draft.Id} 2026-12-02", TestPeople.Owner)).Text;

        Assert.Contains("Monday 7 December 2026 at 09:00 (New York time)", reply, StringComparison.Ordinal);
        Assert.Contains("first posting time on or after Wednesday 2 December", reply, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ScheduleNext_PicksTheNextFreeMondayAndSaysTheLocalTime()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var first = await host.AddDraftAsync("First");
        var second = await host.AddDraftAsync("Second");

        var one = Assert.Single(await host.SayAsync($"challenge schedule {first.Id} next", TestPeople.Owner)).Text;
        var two = Assert.Single(await host.SayAsync($"challenge schedule {second.Id} NEXT", TestPeople.Owner)).Text;

        Assert.Contains("Monday 30 November 2026 at 09:00 (New York time)", one, StringComparison.Ordinal);
        Assert.Contains("Monday 7 December 2026 at 09:00 (New York time)", two, StringComparison.Ordinal);
        var stored = await host.ChallengeAsync(second.Id);
        Assert.Equal(ChallengeStatus.Scheduled, stored.Status);
        Assert.Equal(new DateOnly(2026, 12, 7), stored.ScheduledFor);
        Assert.True(stored.Version > second.Version);
    }

    [SkippableFact]
    public async Task ScheduleNext_ALibraryChallenge_SchedulesTheProgramsOwnCopyAndLeavesTheLibraryRowToEveryProgram()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var before = await host.QueryAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Slug == "weekly-lead-list-cleanup"));

        var reply = Assert.Single(await host.SayAsync("challenge schedule weekly-lead-list-cleanup next", TestPeople.Owner)).Text;
        var again = Assert.Single(await host.SayAsync("challenge schedule weekly-lead-list-cleanup 2026-12-14", TestPeople.Owner)).Text;

        var library = await host.QueryAsync(db => db.Challenges.AsNoTracking().SingleAsync(c => c.Id == before.Id));
        Assert.Equal((null, before.Status, before.ScheduledFor), (library.ProgramId, library.Status, library.ScheduledFor));
        var copy = Assert.Single(await host.QueryAsync(db => db.Challenges.AsNoTracking().Where(c => c.Id != before.Id && c.Title == before.Title).ToListAsync()));
        Assert.NotNull(copy.ProgramId);
        Assert.Equal((ChallengeStatus.Scheduled, new DateOnly(2026, 12, 14), before.Steps), (copy.Status, copy.ScheduledFor, copy.Steps));
        Assert.Contains($"(id {copy.Id})", reply, StringComparison.Ordinal);
        Assert.Contains($"(id {copy.Id})", again, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ScheduleNext_AfterAManualPostThisWeek_PicksTheFollowingWeek()
    {
        await using var host = await AppHost.StartAsync<TDatabase>(new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero)); // Monday 08:00 in New York

        var posted = await host.AddDraftAsync("Posted by hand this morning");
        var next = await host.AddDraftAsync("Next one");
        await host.SayAsync($"challenge post {posted.Id}", TestPeople.Owner);

        var reply = Assert.Single(await host.SayAsync($"challenge schedule {next.Id} next", TestPeople.Owner)).Text;

        Assert.Contains("Monday 7 December 2026 at 09:00 (New York time)", reply, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 7), (await host.ChallengeAsync(next.Id)).ScheduledFor);
    }

    [SkippableFact]
    public async Task ScheduleDate_OnAWednesday_PostsAtTheFollowingMonday()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var draft = await host.AddDraftAsync("Dated");

        var reply = Assert.Single(await host.SayAsync($"challenge schedule {draft.Id} 2026-12-09", TestPeople.Owner)).Text;

        Assert.Contains("Monday 14 December 2026 at 09:00", reply, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 12, 9), (await host.ChallengeAsync(draft.Id)).ScheduledFor);
    }

    [SkippableTheory]
    [InlineData("2026-11-24", "is in the past (today is 2026-11-25 in America/New_York)")]
    [InlineData("tomorrow", "couldn't read `tomorrow` as a date")]
    [InlineData("", "When should it post?")]
    public async Task ScheduleBadDate_AnswersClearlyAndWritesNothing(string when, string expected)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var draft = await host.AddDraftAsync("Not yet");

        var reply = Assert.Single(await host.SayAsync($"challenge schedule {draft.Id} {when}".TrimEnd(), TestPeople.Owner)).Text;

        Assert.Contains(expected, reply, StringComparison.Ordinal);
        var stored = await host.ChallengeAsync(draft.Id);
        Assert.Equal(ChallengeStatus.Draft, stored.Status);
        Assert.Null(stored.ScheduledFor);
        Assert.Equal(draft.Version, stored.Version);
    }

    [SkippableFact]
    public async Task ScheduleUnknownId_NamesHowToListIds()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();


        var reply = Assert.Single(await host.SayAsync("challenge schedule no-such-thing next", TestPeople.Owner)).Text;

        Assert.Contains("There's no challenge `no-such-thing`", reply, StringComparison.Ordinal);
        Assert.Contains("**challenge list**", reply, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ScheduleNextButton_OnPreview_UpdatesTheCardWithTheConfirmation()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var draft = await host.AddDraftAsync("From the button");

        var (_, card) = await host.InvokeAsync("challenge.schedule", new() { ["challengeId"] = draft.Id }, TestPeople.Owner);

        Assert.Contains("Monday 30 November 2026 at 09:00", CardReader.TextOf(card), StringComparison.Ordinal);
        Assert.Equal(ChallengeStatus.Scheduled, (await host.ChallengeAsync(draft.Id)).Status);
    }

    [SkippableFact]
    public async Task ThisWeeksChallenge_BeforeAnyPost_SaysWhenTheNextOneComes()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();


        var reply = Assert.Single(await host.SayAsync("challenge", TestPeople.Megan)).Text;

        Assert.Contains("Monday 30 November 2026 at 09:00", reply, StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
    }
}
