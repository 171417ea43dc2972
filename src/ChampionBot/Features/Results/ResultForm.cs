using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ChampionBot.Features.Results;

/// <summary>
/// What the person typed into the result card, exactly as sent, so a card with errors can show it again. Open for
/// <see cref="ResultSubmitData"/>, which reads the answers and the card's own fields at once.
/// </summary>
public record ResultForm
{
    public const string WorkedId = "worked";
    public const string MinutesBeforeId = "minutesBefore";
    public const string MinutesWithAiId = "minutesWithAi";
    public const string TimesPerWeekId = "timesPerWeek";
    public const string QualityId = "quality";
    public const string FeelingId = "feeling";
    public const string DifferentlyId = "differently";

    /// <summary>The key under which an edit card carries the answers it was opened with, to say what a save changed.</summary>
    public const string StoredKey = "stored";

    public static readonly ResultForm Empty = new();

    /// <summary>Nothing typed (compared by the answers alone, whatever record carries them).</summary>
    public bool IsEmpty => Worked is null && MinutesBefore is null && MinutesWithAi is null && TimesPerWeek is null
        && Quality is null && Feeling is null && Differently is null;

    [JsonPropertyName(WorkedId)]
    public string? Worked { get; init; }

    [JsonPropertyName(MinutesBeforeId)]
    public string? MinutesBefore { get; init; }

    [JsonPropertyName(MinutesWithAiId)]
    public string? MinutesWithAi { get; init; }

    [JsonPropertyName(TimesPerWeekId)]
    public string? TimesPerWeek { get; init; }

    [JsonPropertyName(QualityId)]
    public string? Quality { get; init; }

    [JsonPropertyName(FeelingId)]
    public string? Feeling { get; init; }

    [JsonPropertyName(DifferentlyId)]
    public string? Differently { get; init; }

    /// <summary>
    /// The form pre-filled from a stored result ("Edit my answers"). "Did it work?" is the latest try: after "it worked
    /// on the second try" the edit shows yes, as <c>me</c> does.
    /// </summary>
    public static ResultForm From(Data.Entities.Result result) => new()
    {
        Worked = (result.RetryWorked ?? result.Worked) ? "yes" : "no",
        MinutesBefore = Format(result.MinutesBefore),
        MinutesWithAi = Format(result.MinutesWithAi),
        TimesPerWeek = Format(result.TimesPerWeek),
        Quality = Format(result.Quality),
        Feeling = Format(result.Feeling),
        Differently = result.WhatTheyDidDifferently,
    };

    public JsonObject ToJson() => new()
    {
        [WorkedId] = Worked,
        [MinutesBeforeId] = MinutesBefore,
        [MinutesWithAiId] = MinutesWithAi,
        [TimesPerWeekId] = TimesPerWeek,
        [QualityId] = Quality,
        [FeelingId] = Feeling,
        [DifferentlyId] = Differently,
    };

    private static string Format(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
