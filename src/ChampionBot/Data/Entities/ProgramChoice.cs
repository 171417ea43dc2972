namespace ChampionBot.Data.Entities;

/// <summary>
/// The program an owner of several chose with <c>program use</c>: their owner commands act on it while they own it.
/// One per person, keyed by Entra object id.
/// </summary>
public sealed class ProgramChoice
{
    /// <summary>Entra object id (opaque string); the key, so a person has one current program.</summary>
    public required string ObjectId { get; set; }

    public int ProgramId { get; set; }

    public ChampionProgram? Program { get; set; }

    public DateTimeOffset ChosenAt { get; set; }
}
