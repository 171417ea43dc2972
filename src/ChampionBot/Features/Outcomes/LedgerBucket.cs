using ChampionBot.Features.Results;

namespace ChampionBot.Features.Outcomes;

/// <summary>Adds up one part of the ledger as results stream past; never holds the results themselves.</summary>
internal sealed class LedgerBucket
{
    private readonly Dictionary<int, DateTimeOffset> _changedAt = [];
    private readonly Dictionary<int, int> _resultsPerPerson = [];
    private readonly HashSet<int> _succeeded = [];
    private readonly List<double> _daysToValue = [];
    private int _results;
    private int _workedFirstTry;
    private int _workedAfterRescue;
    private long _minutesSaved;
    private long _feelingSum;

    public double WorkingMinutesPerWeek { get; set; }

    public int People => _changedAt.Count;

    public DateTimeOffset? LastChange { get; private set; }

    /// <summary>Whether the person's results are in this part.</summary>
    public bool Counts(int person) => _changedAt.ContainsKey(person);

    public void Add(LedgerRow row)
    {
        _results++;
        _feelingSum += row.Feeling;
        if (row.Worked)
        {
            _workedFirstTry++;
        }
        else if (row.Rescued)
        {
            _workedAfterRescue++;
        }

        if (row.WorkedInTheEnd)
        {
            _minutesSaved += MinutesSaved.PerWeek(row.MinutesBefore, row.MinutesWithAi, row.TimesPerWeek);
        }

        LastChange = LastChange is { } last && last >= row.ChangedAt ? last : row.ChangedAt;
        if (row.ParticipantId is not { } person)
        {
            return;
        }

        _changedAt[person] = _changedAt.TryGetValue(person, out var seen) && seen >= row.ChangedAt ? seen : row.ChangedAt;
        _resultsPerPerson[person] = _resultsPerPerson.GetValueOrDefault(person) + 1;
        if (row.WorkedInTheEnd)
        {
            _succeeded.Add(person);
        }
    }

    /// <summary>Adds everything <paramref name="other"/> holds: a cumulative week is the weeks before it merged.</summary>
    public void Merge(LedgerBucket other)
    {
        _results += other._results;
        _workedFirstTry += other._workedFirstTry;
        _workedAfterRescue += other._workedAfterRescue;
        _minutesSaved += other._minutesSaved;
        _feelingSum += other._feelingSum;
        LastChange = LastChange is { } last && (other.LastChange is null || last >= other.LastChange) ? last : other.LastChange;
        foreach (var (person, changed) in other._changedAt)
        {
            _changedAt[person] = _changedAt.TryGetValue(person, out var seen) && seen >= changed ? seen : changed;
            _resultsPerPerson[person] = _resultsPerPerson.GetValueOrDefault(person) + other._resultsPerPerson[person];
        }

        _succeeded.UnionWith(other._succeeded);
    }

    public void AddDaysToValue(double days) => _daysToValue.Add(days);

    /// <summary>How many people's results changed after <paramref name="since"/>.</summary>
    public int PeopleChangedSince(DateTimeOffset since) => _changedAt.Values.Count(changed => changed > since);

    public LedgerFigures Figures() => new(People, _results, _workedFirstTry, _workedAfterRescue, _minutesSaved, WorkingMinutesPerWeek)
    {
        MedianDaysToValue = Median(_daysToValue),
        AverageFeeling = _results == 0 ? null : Math.Round((double)_feelingSum / _results, 2),
        Tried = People,
        Succeeded = _succeeded.Count,
        Repeated = _resultsPerPerson.Count(p => p.Value >= 2 && _succeeded.Contains(p.Key)),
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
