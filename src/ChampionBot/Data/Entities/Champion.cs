namespace ChampionBot.Data.Entities;

/// <summary>An approved champion, featured in challenge posts as the person to ask. One per person and program.</summary>
public sealed class Champion
{
    public int Id { get; set; }

    public int ParticipantId { get; set; }

    public Participant? Participant { get; set; }

    public int ProgramId { get; set; }

    public ChampionProgram? Program { get; set; }

    public int? NominationId { get; set; }

    public DateTimeOffset ApprovedAt { get; set; }

    public string? ApprovedByObjectId { get; set; }

    public DateTimeOffset? AnnouncedAt { get; set; }

    public DateTimeOffset? RetiredAt { get; set; }
}
