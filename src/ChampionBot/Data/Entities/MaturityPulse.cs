namespace ChampionBot.Data.Entities;

/// <summary>
/// One round of the maturity pulse for one person in one program: asked at <see cref="AskedAt"/> (written before the
/// card is queued, unique per person, program and round, so nobody is asked a round twice), and the one word they
/// gave for their team's AI maturity once they answer. Deleted by "forget me".
/// </summary>
public sealed class MaturityPulse
{
    public int Id { get; set; }

    public int ProgramId { get; set; }

    public int ParticipantId { get; set; }

    /// <summary>0 at the person's start in the program, then one more every <c>MaturityPulse:EveryWeeks</c> weeks.</summary>
    public int Round { get; set; }

    public DateTimeOffset AskedAt { get; set; }

    /// <summary>The word, trimmed and lower-cased; null until they answer.</summary>
    public string? Word { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
