using System.Text.Json;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteGaveUpNoticeTests : GaveUpNoticeTests<SqliteTestDatabase>;

public sealed class PostgresGaveUpNoticeTests : GaveUpNoticeTests<PostgresTestDatabase>;

/// <summary>
/// When a post whose fan-out keeps failing is given up, the people who need to know are told once, 1:1, through the
/// outbox: the owner who asked for it, or every owner of the program for a weekly post; never someone who opted out
/// or whom the bot cannot reach. Failures are real database errors (<see cref="DatabaseFaults"/>).
/// </summary>
public abstract class GaveUpNoticeTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private static readonly TestPerson Adele = new("Adele Vance", "a1000000-0000-4000-8000-000000000003", "29:1adele-personal");
    private static readonly TestPerson Isaiah = new("Isaiah Langer", "a1000000-0000-4000-8000-000000000004", "29:1isaiah-personal");

    [SkippableFact]
    public async Task WeeklyPost_FailsUntilGivenUp_EachReachableOwnerIsToldOnceAndNeverAgain()
    {
        await using var host = await HostWithChannelAsync();
        await host.AddProgramOwnerAsync(TestPeople.Megan);
        await host.SayAsync("help", TestPeople.Megan);
        var draft = await host.WeeklyPostThatKeepsFailingAsync("The weekly one that never leaves");

        await host.RunPastTheGiveUpAsync();
        var first = await host.NoticesAsync();
        host.Clock.Advance(TimeSpan.FromHours(2));
        await host.RunSchedulerAsync();
        if (host.CanStartSecondInstance)
        {
            // A fresh instance's empty memory must not tell them again either.
            await using var second = host.SecondInstance();
            await second.RunSchedulerAsync();
        }

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        var notice = Assert.Single(await host.NoticesAsync());
        Assert.Equal(Assert.Single(first).Id, notice.Id);
        Assert.Equal($"challenge-post-gave-up:{post.Id}", notice.IdempotencyKey);
        Assert.Equal([TestPeople.Owner.ObjectId, TestPeople.Megan.ObjectId], await host.NoticeRecipientsAsync());
        Assert.NotNull(post.FannedOutAt);

        var text = CardReader.TextOf(NoticeCard(notice));
        Assert.Contains(draft.Title, text, StringComparison.Ordinal);
        Assert.Contains("stopped retrying", text, StringComparison.Ordinal);
        Assert.Contains("Monday 30 November 2026 at 09:00 (New York time)", text, StringComparison.Ordinal);
        Assert.Contains("Channel thread\nposted", text, StringComparison.Ordinal); // it went out before the queueing failed
        Assert.Contains($"0 of {await host.EnrolledAsync()} enrolled people", text, StringComparison.Ordinal);
        Assert.Contains("5109", text, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostNow_GivenUp_OnlyTheOwnerWhoAskedIsTold()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        await host.AddProgramOwnerAsync(TestPeople.Megan);
        await host.SayAsync("help", TestPeople.Owner);
        var draft = await host.PostNowThatKeepsFailingAsync("Megan's post now", TestPeople.Megan);

        await host.RunPastTheGiveUpAsync();

        var notice = Assert.Single(await host.NoticesAsync());
        Assert.Equal([TestPeople.Megan.ObjectId], await host.NoticeRecipientsAsync());
        Assert.Contains(draft.Title, CardReader.TextOf(NoticeCard(notice)), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task WeeklyPost_GivenUp_OptedOutOwnerAndOwnerWithoutAChatGetNothingTheOthersStillDo()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        foreach (var owner in new[] { TestPeople.Megan, Adele, Isaiah })
        {
            await host.AddProgramOwnerAsync(owner);
        }

        await host.SayAsync("help", TestPeople.Megan);
        await host.SayAsync("optout", Adele); // has a chat, but asked for no proactive messages; Isaiah never wrote to the bot
        await host.WeeklyPostThatKeepsFailingAsync("Nobody opted out hears of it");

        await host.RunPastTheGiveUpAsync();

        Assert.Single(await host.NoticesAsync());
        Assert.Equal([TestPeople.Owner.ObjectId, TestPeople.Megan.ObjectId], await host.NoticeRecipientsAsync());
    }

    [SkippableFact]
    public async Task PostNow_GivenUpAfterTheRequesterOptedOut_TheOtherOwnersAreToldInstead()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        await host.AddProgramOwnerAsync(TestPeople.Megan);
        await host.SayAsync("help", TestPeople.Owner);
        await host.PostNowThatKeepsFailingAsync("Megan asked, then opted out", TestPeople.Megan);
        await host.SayAsync("optout", TestPeople.Megan);

        await host.RunPastTheGiveUpAsync();

        Assert.Single(await host.NoticesAsync());
        Assert.Equal([TestPeople.Owner.ObjectId], await host.NoticeRecipientsAsync());
    }

    [SkippableFact]
    public async Task PostNow_GivenUpAfterTheOnlyOwnerOptedOut_NobodyIsToldAndNothingIsQueued()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        await host.PostNowThatKeepsFailingAsync("Asked for, then opted out", TestPeople.Owner);
        await host.SayAsync("optout", TestPeople.Owner);

        await host.RunPastTheGiveUpAsync();

        Assert.NotNull(Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync())).FannedOutAt);
        Assert.Empty(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));
    }

    [SkippableFact]
    public async Task WeeklyPost_NoticeFailsToQueue_PostStaysOpenUntilAPollTellsTheOwnerAndGivesItUp()
    {
        await using var host = await HostWithChannelAsync();
        await host.WeeklyPostThatKeepsFailingAsync("Told on the second try");
        await host.FailQueueingGaveUpNoticesAsync();

        await host.RunPastTheGiveUpAsync();
        var afterTheFailure = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.AsNoTracking().ToListAsync()));
        var noticesAfterTheFailure = await host.NoticesAsync();
        await host.HealAsync();
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.RunSchedulerAsync();

        Assert.Null(afterTheFailure.FannedOutAt);
        Assert.Empty(noticesAfterTheFailure);
        Assert.NotNull(Assert.Single(await host.QueryAsync(db => db.ChallengePosts.AsNoTracking().ToListAsync())).FannedOutAt);
        Assert.Single(await host.NoticesAsync());
        Assert.Equal([TestPeople.Owner.ObjectId], await host.NoticeRecipientsAsync());
    }

    [SkippableFact]
    public async Task WeeklyPost_NoticeNeverQueues_GivenUpUntoldOnceTwiceTheGiveUpTimeHasPassed()
    {
        await using var host = await HostWithChannelAsync();
        await host.WeeklyPostThatKeepsFailingAsync("Nobody can be told of this one");
        await host.FailQueueingGaveUpNoticesAsync();

        await host.RunPastTheGiveUpAsync();
        var stillOpen = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.AsNoTracking().ToListAsync())).FannedOutAt is null;
        await host.RunPastTheGiveUpAsync();

        Assert.True(stillOpen);
        Assert.NotNull(Assert.Single(await host.QueryAsync(db => db.ChallengePosts.AsNoTracking().ToListAsync())).FannedOutAt);
        Assert.Empty(await host.NoticesAsync());
    }

    [SkippableFact]
    public async Task Notice_AsQueued_IsAValidAdaptiveCard()
    {
        await using var host = await HostWithChannelAsync();
        await host.WeeklyPostThatKeepsFailingAsync("Checked by the card validators");
        await host.RunPastTheGiveUpAsync();

        var card = NoticeCard(Assert.Single(await host.NoticesAsync()));
        await CardAssert.ValidAsync([("challenge post given up (as queued)", card.GetRawText())]);
    }

    private static JsonElement NoticeCard(OutboundMessage message)
    {
        using var activity = JsonDocument.Parse(message.ActivityJson);
        return activity.RootElement.GetProperty("attachments")[0].GetProperty("content").Clone();
    }

    private static async Task<AppHost> HostWithChannelAsync()
    {
        var host = await AppHost.StartAsync<TDatabase>();
        await host.SendAsync(TestActivities.ChannelMention("help"));
        host.Connector.Clear();
        return host;
    }
}
