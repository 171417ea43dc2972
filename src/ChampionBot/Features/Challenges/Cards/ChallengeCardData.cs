using System.Text.Json.Serialization;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Challenges.Cards;

/// <summary>
/// The "new challenge" button's data: the dread group's number as the card sent it, checked against the ranking like
/// the typed command; or, on ranking cards from older versions, a single answer's id (refused).
/// </summary>
public sealed record NewChallengeData(
    [property: JsonPropertyName(ChallengeCardActions.DreadGroupKey)] string? DreadGroup,
    [property: JsonPropertyName(NewChallengeData.DreadItemIdKey)] string? DreadItemId)
{
    public const string DreadItemIdKey = "dreadItemId";
}

/// <summary>The data of an owner's button on a challenge (edit, schedule next, post now).</summary>
public sealed record ChallengeActionData([property: JsonPropertyName(CardFields.ChallengeId)] int? ChallengeId);
