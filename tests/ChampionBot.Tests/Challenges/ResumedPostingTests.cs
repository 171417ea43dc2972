using System.Text.Json;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteResumedPostingTests : ResumedPostingTests<SqliteTestDatabase>;

public sealed class PostgresResumedPostingTests : ResumedPostingTests<PostgresTestDatabase>;

/// <summary>
/// A post whose fan-out fails after the claim (a crash, an exception, a database blip) is not lost: once its lease
/// runs out, the next posting job finishes it, and whatever had already been queued is not queued again. Failures
/// are real database errors (<see cref="DatabaseFaults"/>), raised inside the code's own transactions.
/// </summary>
public abstract class ResumedPostingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly DateTimeOffset MondayNineInNewYork = new(2026, 11, 30, 14, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan PastTheLease = TimeSpan.FromMinutes(3);

    [SkippableFact]
    public async Task PostNow_DatabaseFailsWhileQueueing_OwnerIsToldAndTheJobFinishesItAfterTheLease()
    {
        await using var host = await HostWithChannelAsync();
        var enrolled = await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Interrupted once");
        await host.FailQueueingAsync(draft.Id);

        var reply = Assert.Single(await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner), c => c.Text is not null).Text;
        await host.HealAsync();

        Assert.Contains("something failed before everything was queued", reply, StringComparison.Ordinal);
        Assert.Empty(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));
        Assert.Null(Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync())).FannedOutAt);

        await host.RunSchedulerAsync(); // the lease still holds: the owner's own run might still be going
        Assert.Empty(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));

        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();
        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        var message = Assert.Single(await CopiesAsync(host));
        Assert.NotNull(post.FannedOutAt);
        Assert.Equal(message.Id, post.OutboundMessageId);
        Assert.Equal($"challenge-post:{post.Id}:{draft.Id}", message.IdempotencyKey);
        Assert.Equal(enrolled, await host.QueryAsync(db => db.Deliveries.CountAsync(d => d.OutboundMessageId == message.Id)));
        Assert.Single(host.ChannelThreads());
    }

    [SkippableFact]
    public async Task PostNow_DatabaseBlipAfterTheThreadOpened_ResumeNeverOpensASecondThread()
    {
        await using var host = await HostWithChannelAsync();

        var enrolled = await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Thread once");
        await host.FailRecordingThreadsAsync();

        await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner);
        await host.HealAsync();
        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();
        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();

        Assert.Single(host.ChannelThreads());
        Assert.NotNull(Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync())).FannedOutAt);
        var copies = Assert.Single(await CopiesAsync(host));
        Assert.Equal(enrolled, await host.QueryAsync(db => db.Deliveries.CountAsync(d => d.OutboundMessageId == copies.Id)));
    }

    [SkippableFact]
    public async Task PostNow_FinishedAfterARetry_TheOwnerWhoAskedIsToldOnceWhatWentOut()
    {
        await using var host = await HostWithChannelAsync();
        var enrolled = await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Finished by itself");
        await host.FailQueueingAsync(draft.Id);
        await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner);
        await host.HealAsync();

        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();
        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();
        if (host.CanStartSecondInstance)
        {
            // A fresh instance's empty memory must not tell them again either.
            await using var second = host.SecondInstance();
            await second.RunSchedulerAsync();
        }

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        var notice = Assert.Single(await host.QueryAsync(db => db.OutboundMessages.Where(m => m.IdempotencyKey!.StartsWith("challenge-post-finished:")).ToListAsync()));
        var told = await host.QueryAsync(db => db.Deliveries.Where(d => d.OutboundMessageId == notice.Id).Select(d => d.RecipientObjectId).ToListAsync());
        using var activity = JsonDocument.Parse(notice.ActivityJson);
        var text = activity.RootElement.GetProperty("text").GetString();
        Assert.Equal($"challenge-post-finished:{post.Id}", notice.IdempotencyKey);
        Assert.Equal([TestPeople.Owner.ObjectId], told);
        Assert.StartsWith("Done: the post that was interrupted earlier is finished now.", text, StringComparison.Ordinal);
        Assert.Contains($"Posted **{draft.Title}**: I started a new thread", text, StringComparison.Ordinal);
        Assert.Contains($"queued it 1:1 for {enrolled} people", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostNow_FinishedAfterARetryForAnOwnerWhoOptedOut_NobodyIsTold()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Finished quietly");
        await host.FailQueueingAsync(draft.Id);
        await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner);
        await host.HealAsync();
        await host.SayAsync("optout", TestPeople.Owner);

        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();

        Assert.NotNull(Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync())).FannedOutAt);
        Assert.Single(await CopiesAsync(host));
        Assert.DoesNotContain(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()), m => m.IdempotencyKey!.StartsWith("challenge-post-finished:", StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task PostNow_CrashAfterQueueingBeforeTheMarker_ResumeMarksItDoneWithoutQueueingAgain()
    {
        await using var host = await HostWithChannelAsync();
        var enrolled = await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Queued, then crashed");
        await host.FailMarkingPostsDoneAsync();
        await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner);
        await host.HealAsync();
        var queued = Assert.Single(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));
        Assert.Null(Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync())).FannedOutAt);

        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.NotNull(post.FannedOutAt);
        Assert.Equal(queued.Id, post.OutboundMessageId);
        Assert.Equal(queued.Id, Assert.Single(await CopiesAsync(host)).Id);
        Assert.Equal(enrolled, await host.QueryAsync(db => db.Deliveries.CountAsync(d => d.OutboundMessageId == queued.Id)));
        Assert.Single(host.ChannelThreads());
    }

    [SkippableFact]
    public async Task WeeklyPost_FailureBetweenTwoRolesQueues_ResumeQueuesOnlyTheMissingOne()
    {
        await using var host = await HostWithChannelAsync();
        var enrolled = await host.EnrolEveryoneAsync();
        var general = await host.AddDraftAsync("For everyone");
        var sales = await host.AddDraftAsync("For sales", role: "sales");
        await host.SayAsync($"challenge schedule {general.Id} next", TestPeople.Owner);
        await host.SayAsync($"challenge schedule {sales.Id} next", TestPeople.Owner);
        host.Connector.Clear();
        await host.FailQueueingAsync(sales.Id);

        host.Clock.SetUtcNow(MondayNineInNewYork);
        await host.RunSchedulerAsync();
        await host.HealAsync();
        var first = Assert.Single(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));

        host.Clock.Advance(PastTheLease);
        await host.RunSchedulerAsync();

        var messages = await host.QueryAsync(db => db.OutboundMessages.ToListAsync());
        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.Equal(2, messages.Count); // the two roles' copies; a weekly post has no owner waiting to hear it finished
        Assert.Contains(messages, m => m.Id == first.Id);
        Assert.Equal(enrolled, await host.QueryAsync(db => db.Deliveries.CountAsync()));
        Assert.Equal($"{general.Id},{sales.Id}", post.ChallengeIds);
        Assert.Equal(first.Id, post.OutboundMessageId); // the general challenge is the primary one
        Assert.NotNull(post.FannedOutAt);
        Assert.Single(host.ChannelThreads());
        Assert.Equal(ChallengeStatus.Posted, (await host.ChallengeAsync(sales.Id)).Status);
    }

    [SkippableFact]
    public async Task PostNow_FanOutKeepsFailing_RetriesBackOffAndAreGivenUpAfterADay()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Never gets queued");
        await host.FailQueueingAsync(draft.Id);
        await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner);

        // Three hours of polls every three minutes: each resume fails again, and each waits longer than the last.
        var attempts = new List<DateTimeOffset>();
        DateTimeOffset? lease = null;
        for (var poll = 0; poll < 60; poll++)
        {
            host.Clock.Advance(PastTheLease);
            await host.RunSchedulerAsync();
            var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
            if (post.FanOutLeaseUntil != lease)
            {
                (lease, attempts) = (post.FanOutLeaseUntil, [.. attempts, host.Clock.GetUtcNow()]);
            }
        }

        host.Clock.Advance(TimeSpan.FromDays(1));
        await host.RunSchedulerAsync();
        var givenUp = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.RunSchedulerAsync();
        var afterwards = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));

        Assert.InRange(attempts.Count, 4, 15);
        Assert.True(attempts[^1] - attempts[^2] >= TimeSpan.FromMinutes(30), $"the last two resumes were {attempts[^1] - attempts[^2]} apart");
        Assert.NotNull(givenUp.FannedOutAt);
        Assert.Null(givenUp.FanOutLeaseUntil);
        Assert.Equal(givenUp.FannedOutAt, afterwards.FannedOutAt);
        var messages = await host.QueryAsync(db => db.OutboundMessages.ToListAsync());
        Assert.Equal([$"challenge-post-gave-up:{givenUp.Id}"], messages.Select(m => m.IdempotencyKey)); // only the owner's notice (GaveUpNoticeTests)
    }

    /// <summary>The challenge copies queued for posts (not the notices to owners).</summary>
    private static Task<List<OutboundMessage>> CopiesAsync(AppHost host) =>
        host.QueryAsync(db => db.OutboundMessages.Where(m => m.IdempotencyKey!.StartsWith("challenge-post:")).ToListAsync());

    private static async Task<AppHost> HostWithChannelAsync()
    {
        var host = await AppHost.StartAsync<TDatabase>();
        await host.SendAsync(TestActivities.ChannelMention("help"));
        host.Connector.Clear();
        return host;
    }
}
