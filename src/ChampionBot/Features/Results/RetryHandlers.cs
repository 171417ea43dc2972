using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Results;

/// <summary>"Try again" after a failure, and the answer to "did it work this time?".</summary>
public sealed class RetryHandlers(ParticipantDirectory directory, CurrentChallenges challenges, Rescue rescue, ChampionDbContext db, TimeProvider time)
{
    public async Task<AdaptiveCardInvokeResponse> StartAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (await LoadAsync(turn, action) is not { } found)
        {
            return Missing(action);
        }

        var (result, challenge, _) = found;
        result.RetryStartedAt ??= time.GetUtcNow();
        await db.SaveChangesAsync(turn.CancellationToken);
        return InvokeResponses.Card(RetryCard.Build(challenge, null, []).WriteTo);
    }

    public async Task<AdaptiveCardInvokeResponse> ReportAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (await LoadAsync(turn, action) is not { } found)
        {
            return Missing(action);
        }

        var (result, challenge, workingHours) = found;
        var data = CardData.Read<ResultCardData>(action.Data).Value;
        var minutesText = data.RetryMinutes;
        bool? worked = data.RetryWorked switch
        {
            "yes" => true,
            "no" => false,
            _ => null,
        };
        var errors = new List<string>();
        if (worked is null)
        {
            errors.Add("Choose \"Yes, it worked\" or \"Still no\".");
        }

        var minutes = worked == true ? ResultValidator.OptionalMinutes(minutesText, "Minutes with AI", errors) : null;
        if (minutes is { } tried)
        {
            ResultValidator.WithinWorkingWeek(result.MinutesBefore, tried, result.TimesPerWeek, workingHours, errors);
        }

        if (errors.Count > 0)
        {
            return InvokeResponses.Card(RetryCard.Build(challenge, minutesText, errors).WriteTo);
        }

        var now = time.GetUtcNow();
        result.RetryStartedAt ??= now;
        result.RetryWorked = worked;
        result.RetryReportedAt = now;
        if (minutes is { } withAi)
        {
            result.MinutesWithAi = withAi;
            result.UpdatedAt = now;
        }

        await db.SaveChangesAsync(turn.CancellationToken);
        var saved = MinutesSaved.PerWeek(result.MinutesBefore, result.MinutesWithAi, result.TimesPerWeek);
        var champion = worked == true ? null : await rescue.ChampionToAskAsync(result.ParticipantId ?? 0, challenge, turn.CancellationToken);
        var owners = worked == true || champion is not null ? [] : await rescue.OwnersToAskAsync(result.ParticipantId ?? 0, challenge, turn.CancellationToken);
        return InvokeResponses.Card(RetryCard.Done(challenge, worked == true, saved, champion, owners).WriteTo);
    }

    private async Task<(Data.Entities.Result Result, Data.Entities.Challenge Challenge, double WorkingHoursPerWeek)?> LoadAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (CardData.Read<ResultCardData>(action.Data).Value.Challenge is not { } challengeId
            || await directory.RecordSenderAsync(turn.Activity, turn.CancellationToken) is not { } participant
            || await challenges.OpenForResultsAsync(challengeId, turn.CancellationToken) is not { } challenge)
        {
            return null;
        }

        var result = await db.Results.FirstOrDefaultAsync(r => r.ParticipantId == participant.Id && r.ChallengeId == challengeId, turn.CancellationToken);
        return result is null ? null : (result, challenge, participant.WorkingHoursPerWeek);
    }

    private static AdaptiveCardInvokeResponse Missing(AdaptiveCardInvokeAction action) =>
        CardData.Read<ResultCardData>(action.Data).Value.Challenge is null
            ? ResultHandlers.Broken()
            : InvokeResponses.Card(NoticeCard.Build(
                "Nothing to try again",
                "I can't find a result from you for a challenge that's still open, so nothing changed. Type **result** to report on your current challenge.").WriteTo);
}
