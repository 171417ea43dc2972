
namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// The people counts of each week and of each running total, from each person's results by week (the codes of
/// <see cref="LedgerPersonFacts.Results"/>): who reported that week, whose result that week worked, who reported
/// twice that week (one of them working); and up to a week, whose first result, first success, and second result with
/// a success came by then (repeated means it worked and two or more challenges).
/// </summary>
internal sealed class LedgerWeekPeople
{
    private readonly Dictionary<int, int> _reported = [];
    private readonly Dictionary<int, int> _succeeded = [];
    private readonly Dictionary<int, int> _repeated = [];
    private readonly Dictionary<int, int> _firstResult = [];
    private readonly Dictionary<int, int> _firstSuccess = [];
    private readonly Dictionary<int, int> _repeatedBy = [];

    /// <summary>One person's results, each as week × 2, plus 1 when it worked in the end.</summary>
    public void Add(List<int> results)
    {
        results.Sort();
        foreach (var week in results.GroupBy(code => code / 2))
        {
            Increment(_reported, week.Key);
            if (week.Any(code => code % 2 == 1))
            {
                Increment(_succeeded, week.Key);
            }

            if (week.Count() >= 2 && week.Any(code => code % 2 == 1))
            {
                Increment(_repeated, week.Key);
            }
        }

        Increment(_firstResult, results[0] / 2);
        if (results.FirstOrDefault(code => code % 2 == 1) is var success && success % 2 == 1)
        {
            Increment(_firstSuccess, success / 2);
            if (results.Count >= 2)
            {
                Increment(_repeatedBy, Math.Max(results[1], success) / 2);
            }
        }
    }

    public int InWeek(int week) => _reported.GetValueOrDefault(week);

    public int UpToWeek(int week) => UpTo(_firstResult, week);

    /// <summary>Sets <paramref name="thatWeek"/>'s people, then adds it to the running total <paramref name="upTo"/> and sets its people.</summary>
    public void Count(int week, LedgerBucket thatWeek, LedgerBucket upTo)
    {
        thatWeek.People = InWeek(week);
        thatWeek.Succeeded = _succeeded.GetValueOrDefault(week);
        thatWeek.Repeated = _repeated.GetValueOrDefault(week);
        upTo.Merge(thatWeek);
        upTo.People = UpToWeek(week);
        upTo.Succeeded = UpTo(_firstSuccess, week);
        upTo.Repeated = UpTo(_repeatedBy, week);
    }

    private static int UpTo(Dictionary<int, int> counts, int week) => counts.Where(c => c.Key <= week).Sum(c => c.Value);

    private static void Increment(Dictionary<int, int> counts, int week) => counts[week] = counts.GetValueOrDefault(week) + 1;
}
