
namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// One part of the ledger (the program, a team, a role, a challenge, a week): how many people reported, what worked,
/// the minutes saved per week by results that worked, and those minutes against the group's working time.
/// </summary>
public sealed record LedgerFigures(int People, int Results, int WorkedFirstTry, int WorkedAfterRescue, long MinutesSavedPerWeek, double WorkingMinutesPerWeek)
{
    /// <summary>Median days from a person's first challenge to their first result that worked; null when nobody has one yet.</summary>
    public double? MedianDaysToValue { get; init; }

    /// <summary>How people feel about the task after trying it with AI (1–5, the result card's question); null without results.</summary>
    public double? AverageFeeling { get; init; }

    /// <summary>People with at least one result; with one that worked; and with one that worked and results on two or more challenges.</summary>
    public int Tried { get; init; }

    public int Succeeded { get; init; }

    public int Repeated { get; init; }

    /// <summary>Minutes saved per week ÷ working minutes per week, in percent.</summary>
    public double CapacityPercent => WorkingMinutesPerWeek <= 0 ? 0 : MinutesSavedPerWeek * 100.0 / WorkingMinutesPerWeek;

    public double WorkedFirstTryRate => Results == 0 ? 0 : (double)WorkedFirstTry / Results;

    /// <summary>Results that worked first time or after the "didn't work" rescue, out of all results.</summary>
    public double WorkedAfterRescueRate => Results == 0 ? 0 : (double)(WorkedFirstTry + WorkedAfterRescue) / Results;
}
