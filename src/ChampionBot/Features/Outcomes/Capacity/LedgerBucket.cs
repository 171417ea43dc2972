
namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// One part of the ledger, added up from the database's sums: the results' figures from its cells
/// (<see cref="LedgerCellSums"/>), its people from the people's facts (<see cref="LedgerPersonFacts"/>).
/// </summary>
internal sealed class LedgerBucket
{
    private readonly List<double> _daysToValue = [];
    private int _results;
    private int _workedFirstTry;
    private int _workedAfterRescue;
    private long _minutesSaved;
    private long _feelingSum;

    public double WorkingMinutesPerWeek { get; set; }

    /// <summary>People with at least one result, one that worked in the end, and results on two or more challenges.</summary>
    public int People { get; set; }

    public int Succeeded { get; set; }

    public int Repeated { get; set; }

    public DateTimeOffset? LastChange { get; private set; }

    /// <summary>How many people's results in it changed after a time, counted no further than five; set by the tally.</summary>
    public Func<DateTimeOffset, int> PeopleChangedSince { get; set; } = _ => 0;

    public void Add(LedgerCellSums cell)
    {
        _results += cell.Results;
        _workedFirstTry += cell.WorkedFirstTry;
        _workedAfterRescue += cell.WorkedAfterRescue;
        _minutesSaved += cell.MinutesSaved;
        _feelingSum += cell.Feeling;
        LastChange = LastChange is { } last && last >= cell.LastChange ? last : cell.LastChange;
    }

    /// <summary>Adds the results' figures of <paramref name="other"/>: a running total is the weeks before it added up.</summary>
    public void Merge(LedgerBucket other)
    {
        _results += other._results;
        _workedFirstTry += other._workedFirstTry;
        _workedAfterRescue += other._workedAfterRescue;
        _minutesSaved += other._minutesSaved;
        _feelingSum += other._feelingSum;
        LastChange = LastChange is { } last && (other.LastChange is null || last >= other.LastChange) ? last : other.LastChange;
    }

    public void AddDaysToValue(double days) => _daysToValue.Add(days);

    public LedgerFigures Figures() => new(People, _results, _workedFirstTry, _workedAfterRescue, _minutesSaved, WorkingMinutesPerWeek)
    {
        MedianDaysToValue = Median(_daysToValue),
        AverageFeeling = _results == 0 ? null : Math.Round((double)_feelingSum / _results, 2),
        Tried = People,
        Succeeded = Succeeded,
        Repeated = Repeated,
    };

    private static double? Median(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var middle = values.Count / 2;
        return values.Count % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }
}
