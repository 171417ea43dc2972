namespace ChampionBot.Data.Entities;

/// <summary>
/// One explainable piece of a person's champion score. The score is the sum of <see cref="Points"/>.
/// Unique on (participant, kind, <see cref="SourceKey"/>) so recomputing evidence never counts it twice.
/// </summary>
public sealed class ChampionEvidence
{
    public long Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int? ProgramId { get; set; }

    public EvidenceKind Kind { get; set; }

    /// <summary>What the evidence came from, e.g. "result:42" or "copilot:2026-11-20".</summary>
    public required string SourceKey { get; set; }

    public double Points { get; set; }

    /// <summary>Plain-language explanation shown on the nomination card.</summary>
    public required string Detail { get; set; }

    public DateTimeOffset ObservedAt { get; set; }
}
