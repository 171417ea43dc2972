using System.Globalization;
using ChampionBot.Features.Outcomes.Capacity;

namespace ChampionBot.Features.Outcomes.Readiness;

/// <summary>One thing a pilot must show before it widens: met or not yet, and why, in words.</summary>
public sealed record ReadinessCriterion(string Name, bool Met, string Why);

/// <summary>
/// Crawl, walk, run: has the pilot proved its case? Read from the ledger owners see (so from groups of five or more):
/// capacity within or above the 12–25 % band or at the program's own target, the "it worked" rate, and participation.
/// </summary>
public sealed record PilotReadiness(IReadOnlyList<ReadinessCriterion> Criteria)
{
    public bool Proved => Criteria.All(c => c.Met);

    public static PilotReadiness Assess(Ledger ledger, ReadinessOptions options)
    {
        if (ledger.Program is not { } figures)
        {
            var why = $"{Ledger.Withheld}: fewer than {Ledger.MinimumPeople} people have reported results";
            return new([new("Capacity", false, why), new("It worked", false, why), new("Participation", false, why)]);
        }

        return new([Capacity(figures, ledger.TargetPercent), Worked(figures, options), Participation(ledger.Funnel, options)]);
    }

    private static ReadinessCriterion Capacity(LedgerFigures figures, double target)
    {
        var capacity = Math.Round(figures.CapacityPercent, 1);
        var band = LedgerText.AgainstBand(capacity);
        var hasTarget = target > 0;
        if (capacity >= Ledger.BandLow)
        {
            return new("Capacity", true, $"{LedgerText.Percent(capacity)} is {band}");
        }

        if (hasTarget && capacity >= target)
        {
            return new("Capacity", true, $"{LedgerText.Percent(capacity)} reaches the program's {LedgerText.Percent(target)} target");
        }

        return new("Capacity", false, $"{LedgerText.Percent(capacity)} is {band}" + (hasTarget ? $" and the {LedgerText.Percent(target)} target" : string.Empty));
    }

    private static ReadinessCriterion Worked(LedgerFigures figures, ReadinessOptions options)
    {
        var rate = figures.WorkedAfterRescueRate;
        var met = Math.Round(rate * 100) >= options.WorkedPercent; // as shown, so "60 %" never reads as below a 60 % bar
        return new("It worked", met,
            $"{LedgerText.Rate(rate)} of results worked, first time or after a rescue ({(met ? "at or above" : "below")} the {Whole(options.WorkedPercent)} % bar)");
    }

    private static ReadinessCriterion Participation(LedgerFunnel funnel, ReadinessOptions options)
    {
        if (funnel.Tried is not { } tried || funnel.Enrolled == 0)
        {
            return new("Participation", false, $"fewer than {Ledger.MinimumPeople} people have reported a result");
        }

        var share = (double)tried / funnel.Enrolled;
        var met = Math.Round(share * 100) >= options.ParticipationPercent;
        return new("Participation", met,
            $"{Whole(tried)} of {Whole(funnel.Enrolled)} enrolled people ({LedgerText.Rate(share)}) reported a result " +
            $"({(met ? "at or above" : "below")} the {Whole(options.ParticipationPercent)} % bar)");
    }

    private static string Whole(int n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
