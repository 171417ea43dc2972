using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Testing.Cards;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Challenges;

public sealed class SqliteChallengePostingTests : ChallengePostingTests<SqliteTestDatabase>;

public sealed class PostgresChallengePostingTests : ChallengePostingTests<PostgresTestDatabase>;

/// <summary>Posting: a new thread in the pilot channel and one 1:1 copy per enrolled participant through the outbox.</summary>
public abstract class ChallengePostingTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task PostNow_OpensAChannelThreadAndQueuesOneDeliveryPerEnrolledPersonExceptTheOptedOut()
    {
        await using var host = await HostWithChannelAsync();
        var enrolled = await host.EnrolEveryoneAsync();
        await OptOutAsync(host, TestPeople.Megan.ObjectId);
        var draft = await host.AddDraftAsync("Everyone's status report");

        var reply = Assert.Single(await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner), c => c.Text is not null).Text;

        var thread = Assert.Single(host.ChannelThreads());
        var body = thread.Body!.Value;
        Assert.Equal("19:ai-challenges@thread.tacv2", body.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal("19:marketing-pilot@thread.tacv2", body.GetProperty("channelData").GetProperty("team").GetProperty("id").GetString());
        Assert.Contains("Everyone's status report", CardReader.TextOf(body.GetProperty("activity")), StringComparison.Ordinal);
        Assert.Contains("result.open", body.GetProperty("activity").GetRawText(), StringComparison.Ordinal);

        var message = Assert.Single(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));
        Assert.Equal(OutboundMessageKind.Challenge, message.Kind);
        var recipients = await host.QueryAsync(db => db.Deliveries.Select(d => d.RecipientObjectId).ToListAsync());
        Assert.Equal(enrolled - 1, recipients.Count);
        Assert.DoesNotContain(TestPeople.Megan.ObjectId, recipients);

        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.Equal(draft.Id, post.ChallengeId);
        Assert.Equal(message.Id, post.OutboundMessageId);
        Assert.NotNull(post.ChannelActivityId);
        Assert.Equal(ChallengeStatus.Posted, (await host.ChallengeAsync(draft.Id)).Status);
        Assert.Contains($"queued it 1:1 for {enrolled - 1} people", reply, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task PostNow_BotNeverMentionedInThePilotChannel_SaysSoAndStillQueuesThe1To1Copies()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.EnrolEveryoneAsync();
        await host.SayAsync("help", TestPeople.Megan); // Megan has a 1:1 chat with the bot, so she is reachable
        var draft = await host.AddDraftAsync("No channel yet");

        var reply = Assert.Single(await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner), c => c.Text is not null).Text;

        Assert.Empty(host.ChannelThreads());
        Assert.Contains("No thread in the", reply, StringComparison.Ordinal);
        Assert.Contains("@mention ChampionBot in that channel once", reply, StringComparison.Ordinal);
        Assert.Contains("queued for 2 people", reply, StringComparison.Ordinal);
        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.NotNull(post.FannedOutAt);
        Assert.Null(post.ChannelActivityId);
        Assert.Equal(2, await host.QueryAsync(db => db.Deliveries.CountAsync()));
    }

    [SkippableFact]
    public async Task PostNow_Twice_SendsOnceAndSaysItWasAlreadyPosted()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        var draft = await host.AddDraftAsync("Only once");

        await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner);
        var second = Assert.Single(await host.SayAsync($"challenge post {draft.Id}", TestPeople.Owner)).Text;

        Assert.Contains("was already posted", second, StringComparison.Ordinal);
        Assert.Single(host.ChannelThreads());
        Assert.Single(await host.QueryAsync(db => db.OutboundMessages.ToListAsync()));
    }

    [SkippableFact]
    public async Task Post_WithRoleChallengeAndGeneralOne_SendsEachPersonTheOneForTheirRole()
    {
        await using var host = await HostWithChannelAsync();
        var enrolled = await host.EnrolEveryoneAsync();
        var general = await host.AddDraftAsync("For everyone");
        var sales = await host.AddDraftAsync("For sales", role: "sales");
        await host.SayAsync($"challenge schedule {general.Id} next", TestPeople.Owner);
        await host.SayAsync($"challenge schedule {sales.Id} next", TestPeople.Owner);

        host.Clock.SetUtcNow(new DateTimeOffset(2026, 11, 30, 14, 0, 0, TimeSpan.Zero)); // Monday 09:00 in New York
        await host.RunSchedulerAsync();

        var salesPeople = await host.QueryAsync(db => db.Participants.Where(p => p.Role == "sales").Select(p => p.ObjectId).ToListAsync());
        var byMessage = await host.QueryAsync(db => db.Deliveries.GroupBy(d => d.OutboundMessageId).Select(g => g.Select(d => d.RecipientObjectId).ToList()).ToListAsync());
        Assert.Equal(2, byMessage.Count);
        Assert.Contains(byMessage, group => group.Order().SequenceEqual(salesPeople.Order()));
        Assert.Equal(enrolled, byMessage.Sum(g => g.Count));
        var thread = Assert.Single(host.ChannelThreads());
        Assert.Contains("For everyone", CardReader.TextOf(thread.Body!.Value), StringComparison.Ordinal);
        var post = Assert.Single(await host.QueryAsync(db => db.ChallengePosts.ToListAsync()));
        Assert.Equal(general.Id, post.ChallengeId);
        Assert.Equal(ChallengeStatus.Posted, (await host.ChallengeAsync(sales.Id)).Status);
    }

    [SkippableFact]
    public async Task ThisWeeksChallenge_AfterAPost_ShowsTheChallengeCardForTheSendersRole()
    {
        await using var host = await HostWithChannelAsync();
        await host.EnrolEveryoneAsync();
        var megansRole = await host.QueryAsync(db => db.Participants.Where(p => p.ObjectId == TestPeople.Megan.ObjectId).Select(p => p.Role!).SingleAsync());
        var general = await host.AddDraftAsync("General one");
        var mine = await host.AddDraftAsync("Megan's role one", role: megansRole);
        await host.SayAsync($"challenge post {general.Id}", TestPeople.Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await host.SayAsync($"challenge post {mine.Id}", TestPeople.Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var ownerView = await host.SayAsync("challenge", TestPeople.Owner);

        var card = Assert.Single(await host.SayAsync("challenge", TestPeople.Megan));

        Assert.Contains("Megan's role one", card.CardText, StringComparison.Ordinal);
        Assert.Contains(ChallengeCard.ReportTitle, card.CardText, StringComparison.Ordinal);
        Assert.Contains("General one", Assert.Single(ownerView).CardText, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task ThisWeeksChallenge_OnlyAnotherRolesChallengePosted_ShowsNoOtherRolesTask()
    {
        await using var host = await HostWithChannelAsync();

        await host.EnrolEveryoneAsync();
        var managers = await host.AddDraftAsync("Managers' one-to-one notes", role: "someone-elses-role");
        await host.SayAsync($"challenge post {managers.Id}", TestPeople.Owner);
        host.Clock.Advance(TimeSpan.FromMinutes(1));

        var reply = Assert.Single(await host.SayAsync("challenge", TestPeople.Megan));

        Assert.Empty(reply.CardText);
        Assert.Contains("No challenge for your role", reply.Text, StringComparison.Ordinal);
    }

    private static async Task<AppHost> HostWithChannelAsync()
    {
        var host = await AppHost.StartAsync<TDatabase>();
        await host.SendAsync(TestActivities.ChannelMention("help"));
        host.Connector.Clear();
        return host;
    }

    private static Task OptOutAsync(AppHost host, string objectId) =>
        host.QueryAsync(db => db.Participants.Where(p => p.ObjectId == objectId).ExecuteUpdateAsync(set => set.SetProperty(p => p.OptedOutAt, host.Clock.GetUtcNow())));
}
