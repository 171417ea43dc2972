namespace ChampionBot.Features.Outcomes;

/// <summary>
/// One result as the ledger reads it, with its person's team and role. <see cref="ParticipantId"/> is null for a
/// forgotten person: the numbers count, the person does not (they are never counted as one of the five).
/// </summary>
public sealed record LedgerRow(
    int? ParticipantId,
    string? Team,
    string? Role,
    int ChallengeId,
    bool Worked,
    bool? RetryWorked,
    int MinutesBefore,
    int MinutesWithAi,
    double TimesPerWeek,
    int Feeling,
    DateTimeOffset SubmittedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? RetryReportedAt)
{
    public bool WorkedInTheEnd => Worked || RetryWorked == true;

    public bool Rescued => !Worked && RetryWorked == true;

    /// <summary>When it worked: at once, or when the second try was reported.</summary>
    public DateTimeOffset? SucceededAt => Worked ? SubmittedAt : RetryWorked == true ? RetryReportedAt ?? UpdatedAt : null;

    /// <summary>The last time the result changed, so a changed result counts as new for the five-people rule.</summary>
    public DateTimeOffset ChangedAt => RetryReportedAt is { } retry && retry > UpdatedAt ? retry : UpdatedAt;
}
