using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>
/// The champion evidence a result gives (scoring is a later step; this only records the facts, explained in plain
/// words). One source key per challenge, so a second submit replaces rather than adds.
/// </summary>
internal static class ResultEvidence
{
    private static readonly TimeSpan Fast = TimeSpan.FromDays(2);

    public static string SourceKey(int challengeId) => $"challenge:{challengeId}";

    public static IEnumerable<ChampionEvidence> For(int participantId, Challenge challenge, ResultAnswers answers, DateTimeOffset submittedAt)
    {
        ChampionEvidence Evidence(EvidenceKind kind, double points, string detail) => new()
        {
            ParticipantId = participantId,
            ProgramId = challenge.ProgramId,
            Kind = kind,
            SourceKey = SourceKey(challenge.Id),
            Points = points,
            Detail = detail,
            ObservedAt = submittedAt,
        };

        if (answers.Worked && challenge.PostedAt is { } posted && submittedAt - posted <= Fast)
        {
            yield return Evidence(EvidenceKind.FastCompletion, 1, $"Got \"{challenge.Title}\" working within two days of it being posted.");
        }

        if (answers.Differently is not null)
        {
            yield return Evidence(EvidenceKind.NovelUse, 2, $"Found a way to do \"{challenge.Title}\" that the challenge didn't show.");
        }

        if (answers.MinutesSavedPerWeek > 0)
        {
            var saved = answers.MinutesSavedPerWeek;
            yield return Evidence(EvidenceKind.TimeSaved, Math.Round(saved / 60.0, 2), $"Saves about {MinutesSaved.Describe(saved)} a week on \"{challenge.Title}\".");
        }
    }
}
