using System.Text.Json.Serialization;

namespace ChampionBot.Features.Programs;

/// <summary>Which program a program card's button is about, and its version when the card was made.</summary>
public sealed record ProgramCardData(
    [property: JsonPropertyName(ProgramCard.ProgramIdKey)] int? ProgramId,
    [property: JsonPropertyName(ProgramCard.VersionKey)] int? Version);
