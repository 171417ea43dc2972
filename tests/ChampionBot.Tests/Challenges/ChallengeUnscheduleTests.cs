using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteChallengeUnscheduleTests : ChallengeUnscheduleTests<SqliteTestDatabase>;

public sealed class PostgresChallengeUnscheduleTests : ChallengeUnscheduleTests<PostgresTestDatabase>;

/// <summary><c>challenge unschedule</c> and <c>challenge delete</c>: an owner takes back a plan, and only a plan.</summary>
public abstract class ChallengeUnscheduleTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Unschedule_ScheduledChallenge_MakesItADraftAgainAndSaysWhichDayItLeft()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var draft = await host.AddDraftAsync("Planned");
        await host.SayAsync($"challenge schedule {draft.Id} 2026-12-07", TestPeople.Owner);

        var reply = Assert.Single(await host.SayAsync($"challenge unschedule {draft.Id}", TestPeople.Owner)).Text;

        Assert.Contains("Unscheduled **Planned**: it was due to post for Monday 7 December", reply, StringComparison.Ordinal);
        var stored = await host.ChallengeAsync(draft.Id);
        Assert.Equal((ChallengeStatus.Draft, (DateOnly?)null), (stored.Status, stored.ScheduledFor));
        Assert.True(await host.QueryAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "challenge.unscheduled" && a.Subject == $"challenge:{draft.Id}")));
    }

    [SkippableFact]
    public async Task Unschedule_Draft_SaysItIsNotScheduledAndChangesNothing()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var draft = await host.AddDraftAsync("Just a draft");

        var reply = Assert.Single(await host.SayAsync($"challenge unschedule {draft.Id}", TestPeople.Owner)).Text;

        Assert.Contains("isn't scheduled", reply, StringComparison.Ordinal);
        Assert.Equal(draft.Version, (await host.ChallengeAsync(draft.Id)).Version);
    }

    [SkippableFact]
    public async Task Delete_Draft_DeletesItButAScheduledOneIsKept()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var draft = await host.AddDraftAsync("Throwaway");
        var planned = await host.AddDraftAsync("Keeper");
        await host.SayAsync($"challenge schedule {planned.Id} next", TestPeople.Owner);

        var deleted = Assert.Single(await host.SayAsync($"challenge delete {draft.Id}", TestPeople.Owner)).Text;
        var kept = Assert.Single(await host.SayAsync($"challenge delete {planned.Id}", TestPeople.Owner)).Text;

        Assert.Contains("Deleted the draft **Throwaway**", deleted, StringComparison.Ordinal);
        Assert.False(await host.QueryAsync(db => db.Challenges.AnyAsync(c => c.Id == draft.Id)));
        Assert.Contains($"Unschedule it first with **challenge unschedule {planned.Id}**", kept, StringComparison.Ordinal);
        Assert.Equal(ChallengeStatus.Scheduled, (await host.ChallengeAsync(planned.Id)).Status);
    }

    [SkippableFact]
    public async Task Delete_LibraryChallenge_IsRefused()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();

        var library = await host.QueryAsync(db => db.Challenges.AsNoTracking().FirstAsync(c => c.FromLibrary && c.ProgramId == null));

        var reply = Assert.Single(await host.SayAsync($"challenge delete {library.Id}", TestPeople.Owner)).Text;

        Assert.Contains("starter library", reply, StringComparison.Ordinal);
        Assert.True(await host.QueryAsync(db => db.Challenges.AnyAsync(c => c.Id == library.Id)));
    }

    [SkippableFact]
    public async Task ShowAndList_ScheduledChallenge_OfferUnscheduleInsteadOfScheduleNext()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        var draft = await host.AddDraftAsync("Already planned");
        await host.SayAsync($"challenge schedule {draft.Id} next", TestPeople.Owner);

        // The commands are in the buttons' hidden data, so the cards are read as JSON.
        var preview = Assert.Single(await host.SayAsync($"challenge show {draft.Id}", TestPeople.Owner)).CardJson;
        var list = Assert.Single(await host.SayAsync("challenge list", TestPeople.Owner)).CardJson;

        Assert.DoesNotContain("Schedule next", preview, StringComparison.Ordinal);
        Assert.Contains($"challenge unschedule {draft.Id}", preview, StringComparison.Ordinal);
        Assert.DoesNotContain($"challenge schedule {draft.Id} next", list, StringComparison.Ordinal);
        Assert.Contains($"challenge unschedule {draft.Id}", list, StringComparison.Ordinal);
    }
}
