using System.Text.Json.Serialization;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Results;

/// <summary>
/// What the result cards' buttons carry besides the answers: the challenge, the answers an edit card was opened with
/// (null on a first report), whether to keep the card clicked (the challenge card), and the second try's answer.
/// </summary>
public sealed record ResultCardData(
    [property: JsonPropertyName(CardFields.ChallengeId)] int? ChallengeId,
    [property: JsonPropertyName(ResultForm.StoredKey)] ResultForm? Stored,
    [property: JsonPropertyName(ResultCard.KeepCardKey)] bool KeepCard,
    [property: JsonPropertyName(RetryCard.WorkedKey)] string? RetryWorked,
    [property: JsonPropertyName(RetryCard.MinutesId)] string? RetryMinutes)
{
    /// <summary>The challenge, or null when the card names none or not a whole positive number (an old or garbled card).</summary>
    public int? Challenge => ChallengeOf(ChallengeId);

    internal static int? ChallengeOf(int? challengeId) => challengeId is > 0 ? challengeId : null;
}

/// <summary>The result card's submit read in one pass: the typed answers and the card's challenge and stored answers.</summary>
public sealed record ResultSubmitData : ResultForm
{
    [JsonPropertyName(CardFields.ChallengeId)]
    public int? ChallengeId { get; init; }

    [JsonPropertyName(ResultForm.StoredKey)]
    public ResultForm? Stored { get; init; }

    /// <inheritdoc cref="ResultCardData.Challenge"/>
    public int? Challenge => ResultCardData.ChallengeOf(ChallengeId);
}
