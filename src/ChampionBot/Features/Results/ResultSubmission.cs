using ChampionBot.Data.Entities;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Results;

/// <summary>A valid result card, waiting to be stored.</summary>
public sealed record ResultSubmission(SenderProfile Sender, int ChallengeId, ResultAnswers Answers);

/// <summary>
/// What storing a result did. <see cref="Challenge"/> is null when nothing was stored: the challenge no longer takes
/// results (<see cref="Closed"/>) or the sender is not enrolled in its program (<see cref="NotEnrolled"/>); otherwise the
/// result was inserted (first submit) or updated (<see cref="Updated"/>).
/// </summary>
public sealed record ResultWriteOutcome(Challenge? Challenge, int ParticipantId, bool Updated, bool? PreviouslyWorked)
{
    public static readonly ResultWriteOutcome Closed = new(null, 0, false, null);

    public static readonly ResultWriteOutcome NotEnrolled = new(null, 0, false, null) { Refused = true };

    /// <summary>True when the sender may not report on this challenge; false for a closed one.</summary>
    public bool Refused { get; init; }
}
