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
    public static string Describe(int minutesPerWeek) => minutesPerWeek switch
    {
        <= 0 => "no time saved yet",
        < 60 => $"{minutesPerWeek} min",
        _ when minutesPerWeek % 60 == 0 => $"{minutesPerWeek / 60} h",
        _ => $"{minutesPerWeek / 60} h {minutesPerWeek % 60} min",
    };
}
