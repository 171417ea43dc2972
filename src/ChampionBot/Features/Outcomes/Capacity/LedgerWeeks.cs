
namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// The weeks (from Monday, in the program's time zone) between a program's first and last result, and the instant each
/// one starts, so the database can number a result's week (<see cref="LedgerSteps.Week"/>) exactly as
/// <see cref="LedgerTally.WeekOf"/> would, summer time included.
/// </summary>
internal sealed class LedgerWeeks
{
    private readonly DateOnly _first;

    private LedgerWeeks(DateOnly first, IReadOnlyList<DateTimeOffset> starts)
    {
        _first = first;
        Starts = starts;
    }

    /// <summary>When the second, third… week starts; week 0 is the first result's.</summary>
    public IReadOnlyList<DateTimeOffset> Starts { get; }

    public static LedgerWeeks Between(DateTimeOffset first, DateTimeOffset last, TimeZoneInfo zone)
    {
        var monday = LedgerTally.WeekOf(first, zone);
        var weeks = (LedgerTally.WeekOf(last, zone).DayNumber - monday.DayNumber) / 7;
        return new LedgerWeeks(monday, [.. Enumerable.Range(1, weeks).Select(i => StartOf(monday.AddDays(7 * i), zone))]);
    }

    public static LedgerWeeks None { get; } = new(DateOnly.MinValue, []);

    public DateOnly Monday(int week) => _first.AddDays(7 * week);

    public int Index(DateOnly monday) => (monday.DayNumber - _first.DayNumber) / 7;

    /// <summary>The first instant whose week is <paramref name="monday"/>'s: near local midnight, found by halving (a gap or an hour twice included).</summary>
    private static DateTimeOffset StartOf(DateOnly monday, TimeZoneInfo zone)
    {
        var midnight = new DateTimeOffset(monday.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) - zone.BaseUtcOffset;
        var before = midnight.AddDays(-1).UtcTicks;
        var after = midnight.AddDays(1).UtcTicks;
        while (after - before > 1)
        {
            var middle = before + ((after - before) / 2);
            if (LedgerTally.WeekOf(new DateTimeOffset(middle, TimeSpan.Zero), zone) >= monday)
            {
                after = middle;
            }
            else
            {
                before = middle;
            }
        }

        return new DateTimeOffset(after, TimeSpan.Zero);
    }
}
