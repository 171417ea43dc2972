using System.Text.Json;
using ChampionBot.BotFramework.Routing;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Privacy;
using ChampionBot.Testing.Databases;
using ChampionBot.Testing.Cards;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Nominations.NominationHostExtensions;

namespace ChampionBot.Tests.Nominations;

public sealed class SqliteNominationFlowTests : NominationFlowTests<SqliteTestDatabase>;

public sealed class PostgresNominationFlowTests : NominationFlowTests<PostgresTestDatabase>;

/// <summary>
/// The nomination flow through the HTTP pipeline: nominate, the nominee's consent, the manager's card, approve / decline /
/// not now, the announcement with a real @mention; the wrong person refused; one decision under races.
/// </summary>
public abstract class NominationFlowTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    private const string CardType = "application/vnd.microsoft.card.adaptive";

    [SkippableFact]
    public async Task Approve_ByTheNomineesManager_MakesChampionTellsThemAndAnnouncesWithMention()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();

        var card = await host.MeganAwaitingAlexAsync();
        var (type, value) = await host.PressAsync(card, DecisionCard.ApproveVerb, TestPeople.Owner);

        Assert.Equal(CardType, type);
        Assert.Contains("Megan Bowen is an AI champion", CardReader.TextOf(value), StringComparison.Ordinal);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        Assert.Equal(NominationStatus.Approved, nomination.Status);
        Assert.Equal(1, await host.QueryAsync(db => db.Champions.CountAsync(c => c.NominationId == nomination.Id)));
        Assert.True(await host.IsQueuedAsync($"nomination:{nomination.Id}:told"));
        var (announcement, deliveries) = await host.QueuedAsync($"nomination:{nomination.Id}:announced");
        Assert.Contains("<at>Megan Bowen</at>", announcement.GetProperty("text").GetString(), StringComparison.Ordinal);
        var mention = announcement.GetProperty("entities").EnumerateArray().Single();
        Assert.Equal(("mention", "<at>Megan Bowen</at>", "Megan Bowen"),
            (mention.GetProperty("type").GetString(), mention.GetProperty("text").GetString(), mention.GetProperty("mentioned").GetProperty("name").GetString()));
        Assert.Equal("19:ai-challenges@thread.tacv2", Assert.Single(deliveries).ConversationId);
    }

    [SkippableTheory]
    [InlineData(StopNominationsCard.ConfirmVerb)]
    [InlineData(ForgetMeCard.ConfirmVerb)]
    public async Task ChampionWithdraws_AfterTheAnnouncementWasPosted_DeletesWhatWasSentAboutTheNominationAndForgetErasesIt(string verb)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();
        await host.PressAsync(card, DecisionCard.ApproveVerb, TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        await host.SendDueAsync();
        const string PilotChannelActivities = "/v3/conversations/19:ai-challenges@thread.tacv2/activities";
        var posted = Assert.Single(host.Connector.Calls, c => c.Method == HttpMethod.Post && Uri.UnescapeDataString(c.Path).EndsWith(PilotChannelActivities, StringComparison.Ordinal)
            && c.Body?.GetProperty("text").GetString()?.Contains("Please welcome", StringComparison.Ordinal) == true);

        await host.InvokeAsync(verb, [], TestPeople.Megan);
        host.Clock.Advance(TimeSpan.FromMinutes(1)); // Teams' per-conversation pace: the channel was just written to
        await host.SendDueAsync();

        var deleted = host.Connector.Calls.Where(c => c.Method == HttpMethod.Delete).Select(c => Uri.UnescapeDataString(c.Path)).ToList();
        Assert.Contains(deleted, path => path.Contains(PilotChannelActivities + "/", StringComparison.Ordinal));
        Assert.Contains(deleted, path => path.Contains("personal-" + TestPeople.Owner.ObjectId, StringComparison.Ordinal)); // the manager's card
        Assert.True(host.Connector.Calls.ToList().FindIndex(c => c.Method == HttpMethod.Delete) > host.Connector.Calls.ToList().IndexOf(posted));
        var stored = await host.QueryAsync(db => db.OutboundMessages.Where(m => m.IdempotencyKey!.StartsWith($"nomination:{nomination.Id}:")).Select(m => m.ActivityJson).ToListAsync());
        Assert.Equal(verb == ForgetMeCard.ConfirmVerb, stored.TrueForAll(json => !json.Contains("Megan", StringComparison.Ordinal)));
    }

    [SkippableFact]
    public async Task Approve_BeforeTheBotKnowsThePilotChannel_SaysItWillAnnounceAndAnnouncesOnceItDoes()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();
        var channelId = await host.QueryAsync(db => db.Programs.Select(p => p.PilotChannelId).SingleAsync());
        await host.QueryAsync(db => db.Programs.ExecuteUpdateAsync(s => s.SetProperty(p => p.PilotChannelId, (string?)null)));

        await host.PressAsync(card, DecisionCard.ApproveVerb, TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (told, _) = await host.QueuedAsync($"nomination:{nomination.Id}:told");
        var announcedAtOnce = await host.IsQueuedAsync($"nomination:{nomination.Id}:announced");
        await host.QueryAsync(db => db.Programs.ExecuteUpdateAsync(s => s.SetProperty(p => p.PilotChannelId, channelId)));
        await host.RunSchedulerAsync();

        Assert.Contains("I'll announce it in the pilot channel as soon as I'm in it", told.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.False(announcedAtOnce);
        Assert.True(await host.IsQueuedAsync($"nomination:{nomination.Id}:announced"));
        Assert.NotNull(await host.QueryAsync(db => db.Champions.Where(c => c.NominationId == nomination.Id).Select(c => c.AnnouncedAt).SingleAsync()));
    }

    [SkippableFact]
    public async Task Consent_CardGoesToTheNomineeWithEvidence_AndNoThanksEndsIt()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();

        var replies = await host.SayAsync("nominate megan", TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (consent, deliveries) = await host.QueuedAsync($"nomination:{nomination.Id}:consent");
        var (type, value) = await host.PressAsync(Card(consent), ConsentCard.NoVerb, TestPeople.Megan);

        Assert.Contains(replies, r => r.Text?.Contains("whether they'd like to be nominated", StringComparison.Ordinal) == true);
        Assert.Equal(TestPeople.Megan.ObjectId, Assert.Single(deliveries).RecipientObjectId);
        Assert.Contains("Would you like to be nominated as an AI champion?", CardReader.TextOf(Card(consent)), StringComparison.Ordinal);
        Assert.Equal(CardType, type);
        Assert.Contains("You said no thanks", CardReader.TextOf(value), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.ConsentDeclined, (await host.NominationOfAsync(TestPeople.Megan)).Status);
        Assert.False(await host.QueryAsync(db => db.OutboundMessages.AnyAsync(m => m.IdempotencyKey!.StartsWith($"nomination:{nomination.Id}:manager"))));
        var mydata = (await host.SayAsync("mydata", TestPeople.Megan)).First(c => c.CardText.Contains("Everything I store about you", StringComparison.Ordinal)).CardText;
        Assert.Contains("the nominee said no thanks", mydata, StringComparison.Ordinal);
        Assert.DoesNotContain(nameof(NominationStatus.ConsentDeclined), mydata, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Nominate_Yourself_IsRefusedAndNothingIsStarted()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();

        var replies = await host.SayAsync("nominate alex", TestPeople.Owner);

        Assert.Contains(replies, r => r.Text?.Contains("You can't nominate yourself", StringComparison.Ordinal) == true);
        Assert.Equal(0, await host.QueryAsync(db => db.Nominations.CountAsync()));
    }

    [SkippableFact]
    public async Task Consent_YesAfterTheNominationWasWithdrawn_SaysItWasWithdrawnNotThatTheySaidYes()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        await host.SayAsync("nominate megan", TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (consent, _) = await host.QueuedAsync($"nomination:{nomination.Id}:consent");
        await host.QueryAsync(db => db.Nominations.Where(n => n.Id == nomination.Id).ExecuteUpdateAsync(s => s.SetProperty(n => n.Status, NominationStatus.Withdrawn)));

        var (_, value) = await host.PressAsync(Card(consent), ConsentCard.YesVerb, TestPeople.Megan);

        Assert.Contains("This nomination was withdrawn", CardReader.TextOf(value), StringComparison.Ordinal);
        Assert.DoesNotContain("You said yes", CardReader.TextOf(value), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Withdrawn, (await host.NominationOfAsync(TestPeople.Megan)).Status);
    }

    [SkippableFact]
    public async Task Consent_PressedBySomeoneElse_IsRefusedAndNothingChanges()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        await host.SayAsync("nominate megan", TestPeople.Owner);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (consent, _) = await host.QueuedAsync($"nomination:{nomination.Id}:consent");

        var (type, value) = await host.PressAsync(Card(consent), ConsentCard.YesVerb, TestPeople.Owner);

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Equal(InvokeResponses.PlainText(CommandRefusals.NotInAudience("that button", CommandAudience.Nominee)), value.GetString());
        Assert.Equal((NominationStatus.AwaitingConsent, nomination.Version), ((await host.NominationOfAsync(TestPeople.Megan)).Status, nomination.Version));
    }

    [SkippableFact]
    public async Task Decision_PressedByAnotherColleague_IsRefusedAndNothingChanges()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();
        var before = await host.NominationOfAsync(TestPeople.Megan);

        var (type, value) = await host.PressAsync(card, DecisionCard.ApproveVerb, Adele);
        var (_, byNominee) = await host.PressAsync(card, DecisionCard.ApproveVerb, TestPeople.Megan);

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.Equal(InvokeResponses.PlainText(CommandRefusals.NotInAudience("that button", CommandAudience.NomineeManager)), value.GetString());
        Assert.Equal(value.GetString(), byNominee.GetString());
        var after = await host.NominationOfAsync(TestPeople.Megan);
        Assert.Equal((NominationStatus.Pending, before.Version), (after.Status, after.Version));
        Assert.False(await host.QueryAsync(db => db.Champions.AnyAsync()));
    }

    [SkippableFact]
    public async Task Decline_WithoutReason_IsRefusedInTheCardWithTypedTextKept_ThenWithReasonIsRecorded()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();

        var (type, refused) = await host.PressAsync(card, DecisionCard.DeclineVerb, TestPeople.Owner, reason: "   ", until: "2026-12-20");
        var tooLong = new string('x', DecisionHandlers.MaxReasonLength + 1);
        var (_, refusedLong) = await host.PressAsync(card, DecisionCard.DeclineVerb, TestPeople.Owner, reason: tooLong);
        Assert.Equal(NominationStatus.Pending, (await host.NominationOfAsync(TestPeople.Megan)).Status);
        var (_, declined) = await host.PressAsync(card, DecisionCard.DeclineVerb, TestPeople.Owner, reason: "Not yet: she's new to the team.");

        Assert.Equal(CardType, type);
        Assert.Contains("To decline, write why", CardReader.TextOf(refused), StringComparison.Ordinal);
        Assert.Contains("2026-12-20", refused.GetRawText(), StringComparison.Ordinal);
        Assert.Contains(tooLong[..DecisionHandlers.MaxReasonLength], CardReader.TextOf(refusedLong), StringComparison.Ordinal); // what fits the box is kept
        Assert.DoesNotContain(tooLong, CardReader.TextOf(refusedLong), StringComparison.Ordinal);
        Assert.Contains($"{DecisionHandlers.MaxReasonLength} characters or fewer (it has {tooLong.Length})", CardReader.TextOf(refusedLong), StringComparison.Ordinal);
        Assert.Contains("declined", CardReader.TextOf(declined), StringComparison.Ordinal);
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        Assert.Equal((NominationStatus.Declined, "Not yet: she's new to the team."), (nomination.Status, nomination.Reason));
        Assert.True(await host.IsQueuedAsync($"nomination:{nomination.Id}:told"));
        Assert.False(await host.QueryAsync(db => db.Champions.AnyAsync()));
    }

    [SkippableFact]
    public async Task NotNow_UntilADate_DefersThenAsksTheManagerAgainOnThatDate()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();
        var until = DateOnly.FromDateTime(host.Clock.GetUtcNow().UtcDateTime).AddDays(10);

        var (_, noDate) = await host.PressAsync(card, DecisionCard.NotNowVerb, TestPeople.Owner);
        var (_, deferred) = await host.PressAsync(card, DecisionCard.NotNowVerb, TestPeople.Owner, until: until.ToString("yyyy-MM-dd"));
        var waiting = await host.NominationOfAsync(TestPeople.Megan);
        host.Clock.Advance(TimeSpan.FromDays(9));
        await host.RunSchedulerAsync();
        var stillWaiting = await host.NominationOfAsync(TestPeople.Megan);
        host.Clock.Advance(TimeSpan.FromDays(1.5));
        await host.RunSchedulerAsync();

        Assert.Contains("pick the day I should ask you again", CardReader.TextOf(noDate), StringComparison.Ordinal);
        Assert.Contains("I'll ask again on", CardReader.TextOf(deferred), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Deferred, waiting.Status);
        Assert.Equal(NominationStatus.Deferred, stillWaiting.Status);
        var asked = await host.NominationOfAsync(TestPeople.Megan);
        Assert.Equal(NominationStatus.Pending, asked.Status);
        var (again, deliveries) = await host.QueuedAsync($"nomination:{asked.Id}:manager:{asked.Version}");
        Assert.Equal(TestPeople.Owner.ObjectId, Assert.Single(deliveries).RecipientObjectId);
        var (_, approved) = await host.PressAsync(Card(again), DecisionCard.ApproveVerb, TestPeople.Owner);
        Assert.Contains("is an AI champion", CardReader.TextOf(approved), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Approve_SecondClickAndStaleCard_DecideOnce()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();

        await host.PressAsync(card, DecisionCard.ApproveVerb, TestPeople.Owner);
        var (type, again) = await host.PressAsync(card, DecisionCard.DeclineVerb, TestPeople.Owner, reason: "Changed my mind");

        Assert.Equal(CardType, type);
        Assert.Contains("is an AI champion", CardReader.TextOf(again), StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Approved, (await host.NominationOfAsync(TestPeople.Megan)).Status);
        Assert.Equal(1, await host.QueryAsync(db => db.Champions.CountAsync()));
    }

    [SkippableFact]
    public async Task Approve_TwoDevicesAtOnce_OneChampionOneAnnouncement()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => i % 2 == 0
            ? host.PressAsync(card, DecisionCard.ApproveVerb, TestPeople.Owner)
            : host.PressAsync(card, DecisionCard.DeclineVerb, TestPeople.Owner, reason: "No")));

        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        Assert.All(answers, a => Assert.Equal(CardType, a.Type));
        Assert.Equal(nomination.Status == NominationStatus.Approved ? 1 : 0, await host.QueryAsync(db => db.Champions.CountAsync()));
        Assert.Equal(nomination.Version, (await host.QueryAsync(db => db.Nominations.AsNoTracking().SingleAsync())).Version);
        Assert.Equal(1, await host.QueryAsync(db => db.AuditEntries.CountAsync(a => a.Action == "nomination.approved" || a.Action == "nomination.declined")));
        Assert.All(answers, a => Assert.Contains(nomination.Status == NominationStatus.Approved ? "is an AI champion" : "declined", CardReader.TextOf(a.Value), StringComparison.Ordinal));
    }

    [SkippableFact]
    public async Task Consent_NomineeWithoutManagerInDirectory_GoesStraightToTheOwnersWhoMayDecide()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        await host.SayAsync("nominate dana", TestPeople.Owner);
        var nomination = await host.NominationOfAsync(Dana);
        var (consent, _) = await host.QueuedAsync($"nomination:{nomination.Id}:consent");

        var (_, answered) = await host.PressAsync(Card(consent), ConsentCard.YesVerb, Dana);

        Assert.Contains("program owners", CardReader.TextOf(answered), StringComparison.Ordinal);
        nomination = await host.NominationOfAsync(Dana);
        Assert.Null(nomination.ManagerObjectId);
        var (ownersCard, deliveries) = await host.QueuedAsync($"nomination:{nomination.Id}:owners:{nomination.Version}:{TestPeople.Owner.ObjectId}");
        Assert.Equal(TestPeople.Owner.ObjectId, Assert.Single(deliveries).RecipientObjectId);
        Assert.Contains("couldn't find a manager for Dana Newhire", CardReader.TextOf(Card(ownersCard)), StringComparison.Ordinal);
        var (_, refused) = await host.PressAsync(Card(ownersCard), DecisionCard.ApproveVerb, Adele);
        Assert.Equal(JsonValueKind.String, refused.ValueKind);
        var (_, approved) = await host.PressAsync(Card(ownersCard), DecisionCard.ApproveVerb, TestPeople.Owner);
        Assert.Contains("Dana Newhire is an AI champion", CardReader.TextOf(approved), StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task FollowUp_UndecidedNomination_ResentOnceThenEscalatedToOwnersWithHowLongItWaited()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        await host.MeganAwaitingAlexAsync();
        var first = await host.NominationOfAsync(TestPeople.Megan);

        host.Clock.Advance(TimeSpan.FromDays(2));
        await host.RunSchedulerAsync();
        var early = await host.NominationOfAsync(TestPeople.Megan);
        host.Clock.Advance(TimeSpan.FromDays(1.1));
        await host.RunSchedulerAsync();
        await host.RunSchedulerAsync();
        var resent = await host.NominationOfAsync(TestPeople.Megan);
        host.Clock.Advance(TimeSpan.FromDays(4.1));
        await host.RunSchedulerAsync();
        await host.RunSchedulerAsync();
        var escalated = await host.NominationOfAsync(TestPeople.Megan);

        Assert.Equal((1, first.Version), (early.SentCount, early.Version));
        Assert.Equal(2, resent.SentCount);
        Assert.True(await host.IsQueuedAsync($"nomination:{first.Id}:manager:{resent.Version}"));
        Assert.NotNull(escalated.EscalatedAt);
        var (ownersCard, _) = await host.QueuedAsync($"nomination:{first.Id}:owners:{escalated.Version}:{TestPeople.Owner.ObjectId}");
        Assert.Contains("This has waited 7 days for a decision from Alex Wilber", CardReader.TextOf(Card(ownersCard)), StringComparison.Ordinal);
        Assert.Equal(1, await host.QueryAsync(db => db.OutboundMessages.CountAsync(m => m.IdempotencyKey!.StartsWith($"nomination:{first.Id}:owners:"))));
    }
}
