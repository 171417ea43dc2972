using System.Globalization;

namespace ChampionBot.Features.Results;

/// <summary>A checked result, ready to store.</summary>
public sealed record ResultAnswers(
    bool Worked,
    int MinutesBefore,
    int MinutesWithAi,
    double TimesPerWeek,
    int Quality,
    int Feeling,
    string? Differently)
{
    public int MinutesSavedPerWeek => MinutesSaved.PerWeek(MinutesBefore, MinutesWithAi, TimesPerWeek);
}

public static class MinutesSaved
{
    /// <summary>(before − with AI) × times a week, rounded; never negative (slower with AI counts as nothing saved yet).</summary>
    public static int PerWeek(int minutesBefore, int minutesWithAi, double timesPerWeek) =>
        Math.Max(0, (int)Math.Round((minutesBefore - minutesWithAi) * timesPerWeek, MidpointRounding.AwayFromZero));

    /// <summary>"1 h 30 min", "45 min", or "no time saved yet".</summary>
    public static string Describe(int minutesPerWeek) => minutesPerWeek <= 0 ? "no time saved yet" : Duration(minutesPerWeek);

    /// <summary>
    /// The one way a length of time is written wherever minutes are added up (the report, the digest, the evidence):
    /// "1 h 30 min", "2 h", "45 min"; a negative length is written as its size.
    /// </summary>
    public static string Duration(long minutes) => Math.Abs(minutes) switch
    {
        < 60 and var m => string.Create(CultureInfo.InvariantCulture, $"{m} min"),
        var m when m % 60 == 0 => string.Create(CultureInfo.InvariantCulture, $"{m / 60:N0} h"),
        var m => string.Create(CultureInfo.InvariantCulture, $"{m / 60:N0} h {m % 60} min"),
    };
}
