using System.Globalization;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Results;

namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>The ledger in words: the figures the report card shows, and the one line an owner pastes into an executive update.</summary>
public static class LedgerText
{
    public static string Percent(double value) => value.ToString("0.0", CultureInfo.InvariantCulture) + " %";

    public static string Rate(double share) => Math.Round(share * 100).ToString("0", CultureInfo.InvariantCulture) + " %";

    public static string Band => $"{Ledger.BandLow:0}–{Ledger.BandHigh:0} %";

    /// <summary>"below", "within" or "above" the early benchmark band.</summary>
    public static string AgainstBand(double percent) =>
        percent < Ledger.BandLow ? "below the " + Band + " band" : percent > Ledger.BandHigh ? "above the " + Band + " band" : "within the " + Band + " band";

    public static string Capacity(LedgerFigures? figures) =>
        figures is null ? Ledger.Withheld : $"{Percent(figures.CapacityPercent)} ({MinutesSaved.Describe(ClampToInt(figures.MinutesSavedPerWeek))} a week)";

    public static string DaysToValue(double? days) =>
        days is { } d ? (d < 1 ? "under a day" : $"{d.ToString("0.#", CultureInfo.InvariantCulture)} days") : "nobody has succeeded yet";

    public static string People(int? count) => count is { } n ? n.ToString("N0", CultureInfo.InvariantCulture) : "fewer than " + Ledger.MinimumPeople;

    /// <summary>
    /// What the ledger knows of the KPI's figures: minutes saved a week per person who reported, and capacity against
    /// the target; withheld, like every figure, until five people have reported.
    /// </summary>
    public static string KpiNow(Ledger ledger) => ledger.Program is { People: > 0 } p
        ? $"{MinutesSaved.Duration((long)Math.Round((double)p.MinutesSavedPerWeek / p.People))} saved a week per person who reported ({People(p.People)} people); " +
            $"capacity {Percent(p.CapacityPercent)} against the {Percent(ledger.TargetPercent)} target"
        : $"{Ledger.Withheld} (shown once {Ledger.MinimumPeople} people have reported results)";

    /// <summary>One sentence with the program's headline figures, plain text, safe to paste anywhere.</summary>
    public static string Summary(ChampionProgram program, Ledger ledger)
    {
        if (ledger.Program is not { } p)
        {
            return $"{program.Name}: {Ledger.Withheld} (the report shows figures once {Ledger.MinimumPeople} people have reported results).";
        }

        return $"{program.Name}: {Percent(p.CapacityPercent)} more capacity from AI, {AgainstBand(p.CapacityPercent)} (target {Percent(ledger.TargetPercent)}), " +
            $"{MinutesSaved.Describe(ClampToInt(p.MinutesSavedPerWeek))} saved a week across {People(p.People)} people; " +
            $"it worked first time for {Rate(p.WorkedFirstTryRate)} of results ({Rate(p.WorkedAfterRescueRate)} after a rescue); " +
            $"median time to a first success: {DaysToValue(p.MedianDaysToValue)}.";
    }

    private static int ClampToInt(long minutes) => (int)Math.Min(minutes, int.MaxValue);
}
