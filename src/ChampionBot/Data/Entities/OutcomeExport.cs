namespace ChampionBot.Data.Entities;

/// <summary>
/// A download link an owner asked for with <c>export</c>: short-lived and single use. The link itself is signed; this
/// row is what makes it single use (<see cref="UsedAt"/> is set by the one request that gets the file).
/// </summary>
public sealed class OutcomeExport
{
    public Guid Id { get; set; }

    public int ProgramId { get; set; }

    /// <summary>"results" or "ledger".</summary>
    public required string Kind { get; set; }

    /// <summary>The owner who asked; they must still own the program when the link is used.</summary>
    public required string RequestedByObjectId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }
}
