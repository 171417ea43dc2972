using System.Globalization;
using System.Text.Json.Serialization;

namespace ChampionBot.Features.Nominations;

/// <summary>What a nomination card's buttons send back: the nomination, the version the card showed, and the inputs.</summary>
public sealed record NominationCardData
{
    public const string NominationKey = "nominationId";
    public const string VersionKey = "version";
    public const string ReasonId = "nominationReason";
    public const string UntilId = "nominationNotNowUntil";

    [JsonPropertyName(NominationKey)]
    public int? Nomination { get; init; }

    [JsonPropertyName(VersionKey)]
    public int? Version { get; init; }

    [JsonPropertyName(ReasonId)]
    public string? Reason { get; init; }

    [JsonPropertyName(UntilId)]
    public string? Until { get; init; }

    /// <summary>The "not now" date as a date input sends it (yyyy-MM-dd), or null for anything else.</summary>
    public DateOnly? UntilDate =>
        DateOnly.TryParseExact(Until?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
