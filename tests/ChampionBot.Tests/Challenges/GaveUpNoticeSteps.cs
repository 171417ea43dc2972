using ChampionBot.Data.Entities;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

/// <summary>The steps these tests share, on <see cref="AppHost"/>.</summary>
internal static class GaveUpNoticeSteps
{
    private static readonly TimeSpan PastTheGiveUp = TimeSpan.FromDays(1) + TimeSpan.FromMinutes(3);

    private static readonly DateTimeOffset MondayNineInNewYork = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);

    /// <summary>Schedules a draft for next Monday, makes queueing its copies fail, and lets the scheduler claim it.</summary>
    public static async Task<Challenge> WeeklyPostThatKeepsFailingAsync(this AppHost host, string title)
    {
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync(title);
        await host.SayAsync($"challenge schedule {draft.Id} next", TestPeople.Owner);
        await host.FailQueueingAsync(draft.Id);
        host.Clock.SetUtcNow(MondayNineInNewYork);
        await host.RunSchedulerAsync();
        return draft;
    }

    /// <summary>An owner's "challenge post" of a new draft whose 1:1 copies fail to queue.</summary>
    public static async Task<Challenge> PostNowThatKeepsFailingAsync(this AppHost host, string title, TestPerson requester)
    {
        var draft = await host.AddDraftAsync(title);
        await host.FailQueueingAsync(draft.Id);
        await host.SayAsync($"challenge post {draft.Id}", requester);
        return draft;
    }

    /// <summary>Moves past <c>Scheduler:FanOutGiveUpAfter</c> (one day) and its lease, and runs the scheduler once.</summary>
    public static Task RunPastTheGiveUpAsync(this AppHost host)
    {
        host.Clock.Advance(PastTheGiveUp);
        return host.RunSchedulerAsync();
    }

    public static Task AddProgramOwnerAsync(this AppHost host, TestPerson person) => host.QueryAsync(async db =>
    {
        var program = await db.Programs.SingleAsync();
        db.ProgramOwners.Add(new ProgramOwner { ProgramId = program.Id, ObjectId = person.ObjectId, DisplayName = person.Name, AddedAt = host.Clock.GetUtcNow() });
        return await db.SaveChangesAsync();
    });

    public static Task<List<OutboundMessage>> NoticesAsync(this AppHost host) =>
        host.QueryAsync(db => db.OutboundMessages.AsNoTracking().Where(m => m.IdempotencyKey!.StartsWith("challenge-post-gave-up:")).ToListAsync());

    public static Task<List<string>> NoticeRecipientsAsync(this AppHost host) =>
        host.QueryAsync(db => db.Deliveries.AsNoTracking()
            .Where(d => d.OutboundMessage!.IdempotencyKey!.StartsWith("challenge-post-gave-up:"))
            .OrderBy(d => d.RecipientObjectId)
            .Select(d => d.RecipientObjectId)
            .ToListAsync());

    public static Task<int> EnrolledAsync(this AppHost host) =>
        host.QueryAsync(db => db.Participants.CountAsync(p => p.EnrolledAt != null && p.OptedOutAt == null));
}
