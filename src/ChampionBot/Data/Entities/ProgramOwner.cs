namespace ChampionBot.Data.Entities;

/// <summary>A person who may run owner commands for one program.</summary>
public sealed class ProgramOwner
{
    public int Id { get; set; }

    public int ProgramId { get; set; }

    public ChampionProgram? Program { get; set; }

    /// <summary>Entra object id (opaque string).</summary>
    public required string ObjectId { get; set; }

    public string? DisplayName { get; set; }

    public DateTimeOffset AddedAt { get; set; }

    public string? AddedByObjectId { get; set; }
}
