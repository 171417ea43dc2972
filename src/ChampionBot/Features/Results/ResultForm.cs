using System.Text.Json;

namespace ChampionBot.Features.Results;

/// <summary>What the person typed into the result card, exactly as sent, so a card with errors can show it again.</summary>
public sealed record ResultForm
{
    public const string WorkedId = "worked";
    public const string MinutesBeforeId = "minutesBefore";
    public const string MinutesWithAiId = "minutesWithAi";
    public const string TimesPerWeekId = "timesPerWeek";
    public const string QualityId = "quality";
    public const string FeelingId = "feeling";
    public const string DifferentlyId = "differently";

    public static readonly ResultForm Empty = new();

    public string? Worked { get; init; }

    public string? MinutesBefore { get; init; }

    public string? MinutesWithAi { get; init; }

    public string? TimesPerWeek { get; init; }

    public string? Quality { get; init; }

    public string? Feeling { get; init; }

    public string? Differently { get; init; }

    public static ResultForm From(JsonElement? data) => new()
    {
        Worked = CardData.Text(data, WorkedId),
        MinutesBefore = CardData.Text(data, MinutesBeforeId),
        MinutesWithAi = CardData.Text(data, MinutesWithAiId),
        TimesPerWeek = CardData.Text(data, TimesPerWeekId),
        Quality = CardData.Text(data, QualityId),
        Feeling = CardData.Text(data, FeelingId),
        Differently = CardData.Text(data, DifferentlyId),
    };

    /// <summary>The form pre-filled from a stored result ("Edit my answers").</summary>
    public static ResultForm From(Data.Entities.Result result) => new()
    {
        Worked = result.Worked ? "yes" : "no",
        MinutesBefore = Format(result.MinutesBefore),
        MinutesWithAi = Format(result.MinutesWithAi),
        TimesPerWeek = Format(result.TimesPerWeek),
        Quality = Format(result.Quality),
        Feeling = Format(result.Feeling),
        Differently = result.WhatTheyDidDifferently,
    };

    private static string Format(double value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
