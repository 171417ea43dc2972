using System.Globalization;
using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;
using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Cards;

/// <summary>
/// The owner's card buttons: open the form (also from the dread ranking), save, edit, schedule next, post now. Only
/// program owners reach them (<see cref="ChallengesExtensions.MapChallenges"/> declares it); each still checks that the
/// challenge belongs to the owner's program.
/// </summary>
public sealed class ChallengeCardActions(
    ChampionDbContext db,
    OwnedPrograms programs,
    ChallengeDirectory directory,
    ChallengeAuthoring authoring,
    ChallengeScheduling scheduling,
    ChallengeOwnerActions actions)
{
    public const string NewVerb = "challenge.new";

    /// <summary>The card data key carrying a dread group's number in the owner's ranking (never an answer's id).</summary>
    public const string DreadGroupKey = "dreadGroup";

    /// <summary>The button that opens a new challenge's form starting from dread group <paramref name="rank"/> (the dread ranking's).</summary>
    public static ExecuteAction NewAction(int rank, string title) =>
        new() { Title = title, Verb = NewVerb, Data = new JsonObject { [DreadGroupKey] = rank } };

    public async Task<AdaptiveCardInvokeResponse> NewAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var form = new ChallengeForm();
        ChampionProgram? program = null;
        var data = CardData.Read<NewChallengeData>(action.Data).Value;
        if (data.DreadGroup is { } number)
        {
            // Card data can be crafted, so the number goes through the same ranking and k >= 5 rule as the typed command.
            program = await programs.CurrentAsync(turn.Activity, turn.CancellationToken);
            if (program is null)
            {
                return InvokeResponses.Message(OwnedPrograms.NoProgramReply);
            }

            var lookup = await DreadGroups.ByRankAsync(db, program.Id, number, turn.CancellationToken);
            if (lookup.Group is not { } group)
            {
                return InvokeResponses.Message(lookup.Refusal!);
            }

            form = DreadOrigin.Form(group, lookup.Rank);
        }
        else if (data.DreadItemId is not null)
        {
            // Older ranking cards named an answer; an answer is never opened on its own, so they are refused.
            return InvokeResponses.Message($"That button names a single dread answer, which I never open (answers are only shown in groups of at least {DreadRanking.MinimumGroupSize}). {DreadGroups.TopHint}.");
        }

        // A new message, so the card the owner came from (the dread ranking) stays as it was.
        var card = await actions.FormAsync(form, program, [], turn.CancellationToken);
        await turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), ChallengeFormCard.NewTitle));
        return InvokeResponses.Message("Here's a new challenge form, below.");
    }

    public async Task<AdaptiveCardInvokeResponse> SaveAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (await programs.CurrentAsync(turn.Activity, turn.CancellationToken) is not { } program)
        {
            return InvokeResponses.Message(OwnedPrograms.NoProgramReply);
        }

        var (form, unreadable) = CardData.Read<ChallengeForm>(action.Data);
        if (unreadable.Count > 0)
        {
            // A garbled card: the typed values come back with what was wrong, and nothing is saved.
            return InvokeResponses.Card((await actions.FormAsync(form, program, [.. unreadable.Select(p => p.Message)], turn.CancellationToken)).WriteTo);
        }

        var saved = await authoring.SaveAsync(form, program, turn.Activity.From!.AadObjectId!, turn.CancellationToken);
        if (saved.Challenge is not { } challenge)
        {
            return InvokeResponses.Card((await actions.FormAsync(form, program, saved.Problems, turn.CancellationToken)).WriteTo);
        }

        var notice = $"Saved as a draft (id {challenge.Id}). Nothing has been sent.";
        return InvokeResponses.Card((await actions.PreviewAsync(challenge, program, notice, turn.CancellationToken)).WriteTo);
    }

    public Task<AdaptiveCardInvokeResponse> EditAsync(TurnContext turn, AdaptiveCardInvokeAction action) =>
        WithChallengeAsync(turn, action, async (challenge, program) =>
        {
            var asCopy = challenge.FromLibrary && challenge.ProgramId is null;
            if (!asCopy && ChallengeAuthoring.EditRefusal(challenge, program) is { } refusal)
            {
                return InvokeResponses.Message(refusal);
            }

            return InvokeResponses.Card((await actions.FormAsync(ChallengeForm.FromChallenge(challenge, asCopy), program, [], turn.CancellationToken)).WriteTo);
        });

    public Task<AdaptiveCardInvokeResponse> ScheduleNextAsync(TurnContext turn, AdaptiveCardInvokeAction action) =>
        WithChallengeAsync(turn, action, async (challenge, program) =>
        {
            var outcome = await scheduling.ScheduleAsync(challenge, program, "next", turn.CancellationToken);
            return outcome.Scheduled
                ? InvokeResponses.Card((await actions.PreviewAsync(challenge, program, outcome.Message.Replace("**", string.Empty, StringComparison.Ordinal), turn.CancellationToken)).WriteTo)
                : InvokeResponses.Message(outcome.Message);
        });

    public Task<AdaptiveCardInvokeResponse> PostNowAsync(TurnContext turn, AdaptiveCardInvokeAction action) =>
        WithChallengeAsync(turn, action, async (challenge, program) =>
        {
            var (posted, message) = await actions.PostNowAsync(challenge, program, turn.Activity, turn.CancellationToken);
            if (!posted)
            {
                return InvokeResponses.Message(message);
            }

            await db.Entry(challenge).ReloadAsync(turn.CancellationToken);
            return InvokeResponses.Card((await actions.PreviewAsync(challenge, program, message.Replace("**", string.Empty, StringComparison.Ordinal), turn.CancellationToken)).WriteTo);
        });

    private async Task<AdaptiveCardInvokeResponse> WithChallengeAsync(
        TurnContext turn, AdaptiveCardInvokeAction action, Func<Challenge, ChampionProgram, Task<AdaptiveCardInvokeResponse>> run)
    {
        if (await programs.CurrentAsync(turn.Activity, turn.CancellationToken) is not { } program)
        {
            return InvokeResponses.Message(OwnedPrograms.NoProgramReply);
        }

        var id = CardData.Read<ChallengeActionData>(action.Data).Value.ChallengeId;
        var challenge = id is null ? null : await directory.FindAsync(id.Value.ToString(CultureInfo.InvariantCulture), turn.CancellationToken);
        if (challenge is null || !ChallengeDirectory.BelongsTo(challenge, program))
        {
            return InvokeResponses.Message("I can't find that challenge any more. " + ChallengeDirectory.ListHint);
        }

        return await run(challenge, program);
    }
}
