using System.Globalization;
using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Dread;

/// <summary>How often a dreaded task comes round, as the card offers it, in times per week.</summary>
public static class DreadFrequencies
{
    public static readonly IReadOnlyList<(string Title, double TimesPerWeek)> Options =
    [
        ("Daily", 5),
        ("2–3 times a week", 2.5),
        ("Weekly", 1),
        ("Every two weeks", 0.5),
        ("Monthly", 0.25),
    ];

    public static IList<Choice> Choices() =>
        [.. Options.Select(o => new Choice(o.Title, Format(o.TimesPerWeek)))];

    public static string Format(double timesPerWeek) => timesPerWeek.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>"≈ 2.5 hours a week", or minutes when it is under an hour.</summary>
    public static string DescribeWeeklyTime(double minutesPerWeek)
    {
        if (minutesPerWeek < 60)
        {
            return $"≈ {Math.Round(minutesPerWeek).ToString("0", CultureInfo.InvariantCulture)} minutes a week";
        }

        var hours = Math.Round(minutesPerWeek / 60, 1);
        return $"≈ {hours.ToString("0.#", CultureInfo.InvariantCulture)} {(hours == 1 ? "hour" : "hours")} a week";
    }
}
