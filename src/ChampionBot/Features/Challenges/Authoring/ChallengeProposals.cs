using System.Globalization;
using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Delivery;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;
using ChampionBot.Features.Results;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// A champion's <c>propose</c>: the owners' authoring form, saved as a Draft of the champion's program with the
/// champion as its author, and sent to the program's owners 1:1 as the owner's preview card naming the champion (outbox
/// key <c>challenge-proposed:{challengeId}</c>, so a second click sends nothing twice). Only active champions; anyone
/// else is refused and nothing is saved. A proposal never edits an existing challenge, whatever the card data says.
/// </summary>
public sealed class ChallengeProposals(
    ChampionDbContext db, ChallengeAuthoring authoring, ChallengeOwnerActions actions, ProgramOwners owners, IOutbox outbox)
{
    public const string NotAChampion =
        "Only champions can propose challenges. Champions are nominated from their results and approved by their manager; " +
        "until then, tell your program owner about the idea, or report what worked on a **result** card.";

    public static string OutboxKey(int challengeId) => string.Create(CultureInfo.InvariantCulture, $"challenge-proposed:{challengeId}");

    /// <summary>The proposal form for a champion, or null (and the refusal) for anyone else.</summary>
    public async Task<(AdaptiveCards.AdaptiveCard? Form, string? Refusal)> FormAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } objectId || await ActiveChampion.FindAsync(db, objectId, cancellationToken) is not var (_, program))
        {
            return (null, NotAChampion);
        }

        return (await actions.FormAsync(new ChallengeForm(), program, [], cancellationToken, proposal: true), null);
    }

    public async Task<AdaptiveCardInvokeResponse> SubmitAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } objectId
            || await ActiveChampion.FindAsync(db, objectId, turn.CancellationToken) is not var (champion, program))
        {
            return InvokeResponses.Message(NotAChampion);
        }

        var (typed, unreadable) = CardData.Read<ChallengeForm>(action.Data);
        var form = typed with { ChallengeId = null, Version = null, DreadGroup = null };
        if (unreadable.Count > 0)
        {
            return InvokeResponses.Card((await actions.FormAsync(form, program, [.. unreadable.Select(p => p.Message)], turn.CancellationToken, proposal: true)).WriteTo);
        }

        var saved = await authoring.SaveAsync(form, program, objectId, turn.CancellationToken);
        if (saved.Challenge is not { } challenge)
        {
            return InvokeResponses.Card((await actions.FormAsync(form, program, saved.Problems, turn.CancellationToken, proposal: true)).WriteTo);
        }

        var told = await TellOwnersAsync(challenge, program, champion, turn.CancellationToken);
        var text = told
            ? $"Thank you! The program owners have **{challenge.Title}** as a draft with your name on it. They decide whether and when it goes out."
            : $"Saved **{challenge.Title}** as a draft with your name on it. I can't reach the program owners 1:1 right now; they'll find it in **challenge list**.";
        return InvokeResponses.Card(NoticeCard.Build("Challenge proposed", text).WriteTo);
    }

    private async Task<bool> TellOwnersAsync(Challenge challenge, ChampionProgram program, Participant champion, CancellationToken cancellationToken)
    {
        var recipients = await OwnerChatRecipients.FindAsync(db, program, await owners.OwnerObjectIdsAsync(program.Id, cancellationToken), cancellationToken);
        if (recipients.Count == 0)
        {
            return false;
        }

        var notice = $"Proposed by {champion.DisplayName} (champion). A draft: nothing has been sent.";
        var card = await actions.PreviewAsync(challenge, program, notice, cancellationToken);
        await outbox.EnqueueAsync(new OutboundRequest
        {
            Kind = OutboundMessageKind.Other,
            RequestedBy = champion.ObjectId,
            Activity = MessageFactory.Card(card.ToJsonElement(), $"{champion.DisplayName} proposed a challenge: {challenge.Title}"),
            Recipients = recipients,
            ProgramId = program.Id,
            DefaultTimeZone = program.TimeZoneId,
            IdempotencyKey = OutboxKey(challenge.Id),
        }, cancellationToken);
        return true;
    }
}
