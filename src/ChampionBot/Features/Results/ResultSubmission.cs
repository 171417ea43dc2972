using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Results;

/// <summary>A valid result card, waiting to be stored.</summary>
public sealed record ResultSubmission(SenderProfile Sender, int ChallengeId, ResultAnswers Answers);

/// <summary>
/// What storing a result did. <see cref="Challenge"/> is null when the challenge no longer takes results (nothing was
/// stored); otherwise the result was inserted (first submit) or updated (<see cref="Updated"/>).
/// </summary>
public sealed record ResultWriteOutcome(Challenge? Challenge, int ParticipantId, bool Updated, bool? PreviouslyWorked)
{
    public static readonly ResultWriteOutcome Closed = new(null, 0, false, null);
}
