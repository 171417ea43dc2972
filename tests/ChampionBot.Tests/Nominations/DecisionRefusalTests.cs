using System.Text.Json.Nodes;
using ChampionBot.BotFramework.Routing;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Privacy;
using ChampionBot.Testing.Databases;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using static ChampionBot.Tests.Nominations.NominationHostExtensions;

namespace ChampionBot.Tests.Nominations;

public sealed class SqliteDecisionRefusalTests : DecisionRefusalTests<SqliteTestDatabase>;

public sealed class PostgresDecisionRefusalTests : DecisionRefusalTests<PostgresTestDatabase>;

/// <summary>
/// The card-action audience tells apart a card it cannot read, a nomination that is gone (withdrawn or forgotten) and
/// someone who is not the manager: each gets its own refusal, and nothing changes.
/// </summary>
public abstract class DecisionRefusalTests<TDatabase>
    where TDatabase : TestDatabase, new()
{
    [SkippableFact]
    public async Task Approve_AfterTheNomineeOptedOutOfNominations_SaysTheNominationIsGoneNotThatItIsntTheirs()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();
        await host.SayAsync("optout nominations", TestPeople.Megan);
        await host.InvokeAsync(StopNominationsCard.ConfirmVerb, [], TestPeople.Megan);

        var (type, value) = await host.PressAsync(card, DecisionCard.ApproveVerb, TestPeople.Owner);

        Assert.Equal(InvokeAnswer.MessageType, type);
        Assert.Equal(InvokeResponses.PlainText(NominationAudienceTexts.Gone), value.GetString());
        Assert.Equal(NominationStatus.Withdrawn, (await host.NominationOfAsync(TestPeople.Megan)).Status);
        Assert.False(await host.QueryAsync(db => db.Champions.AnyAsync(c => c.RetiredAt == null)));
    }

    [SkippableFact]
    public async Task DeclineAndConsent_AfterTheNomineeWasForgotten_SayTheNominationIsGone()
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        var card = await host.MeganAwaitingAlexAsync();
        var nomination = await host.NominationOfAsync(TestPeople.Megan);
        var (consent, _) = await host.QueuedAsync($"nomination:{nomination.Id}:consent");
        await host.SayAsync("forget me", TestPeople.Megan);
        await host.InvokeAsync(ForgetMeCard.ConfirmVerb, [], TestPeople.Megan);

        var (_, declined) = await host.PressAsync(card, DecisionCard.DeclineVerb, TestPeople.Owner, reason: "No");
        var (_, consented) = await host.PressAsync(Card(consent), ConsentCard.YesVerb, TestPeople.Megan);

        Assert.Equal(0, await host.QueryAsync(db => db.Nominations.CountAsync()));
        Assert.Equal(InvokeResponses.PlainText(NominationAudienceTexts.Gone), declined.GetString());
        Assert.Equal(InvokeResponses.PlainText(NominationAudienceTexts.Gone), consented.GetString());
    }

    [SkippableTheory]
    [InlineData("not-a-number")]
    [InlineData(null)]
    public async Task Approve_CardWithGarbageNominationId_SaysItCouldNotReadTheCard(string? nominationId)
    {
        await using var host = await AppHost.StartAsync<TDatabase>();
        await host.PrepareAsync();
        await host.MeganAwaitingAlexAsync();
        var data = new JsonObject { [NominationCardData.NominationKey] = nominationId, [NominationCardData.VersionKey] = 1 };

        var (type, value) = await host.InvokeAsync(DecisionCard.ApproveVerb, data, TestPeople.Owner);
        var (_, consent) = await host.InvokeAsync(ConsentCard.YesVerb, data.DeepClone().AsObject(), TestPeople.Megan);

        Assert.Equal(InvokeAnswer.MessageType, type);
        Assert.Equal(InvokeResponses.PlainText(CommandRefusals.UnreadableCard), value.GetString());
        Assert.Equal(value.GetString(), consent.GetString());
        Assert.Equal(NominationStatus.Pending, (await host.NominationOfAsync(TestPeople.Megan)).Status);
    }
}
