using ChampionBot.Features.Challenges;
using ChampionBot.Features.Dread;

namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// Sorts the database's sums into the parts of the ledger (the program, each team, role, challenge and week): each
/// cell's figures into the parts it lies in, each person's facts into the people counts and time to value, then hands
/// every part to the publication rule.
/// </summary>
internal sealed class LedgerTally(
    LedgerWeeks calendar, IReadOnlyList<DateTimeOffset> epochs, IReadOnlyList<LedgerPerson> people, IReadOnlyList<LedgerChallenge> challenges)
{
    private const string NoTeam = "team not known";
    private const string NoRole = "role not given";

    private readonly LedgerBucket _program = new();
    private readonly Dictionary<string, LedgerBucket> _teams = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LedgerBucket> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, LedgerBucket> _challenges = [];
    private readonly SortedDictionary<DateOnly, LedgerBucket> _weeks = [];
    private readonly Dictionary<int, LedgerChallenge> _challengeById = challenges.ToDictionary(c => c.Id);
    private readonly Dictionary<int, LedgerPersonFacts> _progress = [];
    private readonly Dictionary<int, LedgerPerson> _peopleById = people.ToDictionary(p => p.Id);
    private readonly LedgerWeekPeople _weekPeople = new();
    private readonly LedgerCells _cells = new();

    public DateTimeOffset? LastChange => _program.LastChange;

    public void Add(LedgerCellSums sums)
    {
        var team = sums.HasPerson ? sums.Team ?? NoTeam : null;
        var role = sums.HasPerson ? sums.Role ?? NoRole : null;
        var week = calendar.Monday(sums.Week);
        _program.Add(sums);
        if (team is not null && role is not null)
        {
            Bucket(_teams, team).Add(sums);
            Bucket(_roles, role).Add(sums);
        }

        var challenge = Bucket(_challenges, sums.ChallengeId);
        challenge.Add(sums);
        challenge.People += sums.HasPerson ? sums.Results : 0;
        challenge.Succeeded += sums.HasPerson ? sums.WorkedInTheEnd : 0;
        Bucket(_weeks, week).Add(sums);
        var ids = sums.HasPerson && sums.People is { } named ? named.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList() : null;
        _cells.Add(new LedgerCell(team, role, sums.ChallengeId, week), sums.Epoch, sums.HasPerson ? sums.Results : 0, ids);
    }

    public void Add(LedgerPersonFacts person)
    {
        var results = person.Results.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToList();
        var succeeded = results.Any(code => code % 2 == 1) ? 1 : 0;
        var repeated = results.Count >= 2 ? succeeded : 0;
        foreach (var bucket in new[] { _program, Bucket(_teams, person.Team ?? NoTeam), Bucket(_roles, person.Role ?? NoRole) })
        {
            bucket.People++;
            bucket.Succeeded += succeeded;
            bucket.Repeated += repeated;
        }

        _weekPeople.Add(results);
        _progress[person.Id] = person;
        // A challenge's results are those of the people who reported on it, so its working time is theirs (not its whole
        // audience's): "5 people" on a challenge's line is 5 people's working time, as on a team's or a role's.
        if (_peopleById.TryGetValue(person.Id, out var reporter))
        {
            foreach (var challenge in person.Challenges.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse))
            {
                Bucket(_challenges, challenge).WorkingMinutesPerWeek += reporter.WorkingHoursPerWeek * 60;
            }
        }
    }

    public Ledger Ledger(double targetPercent, LedgerPublications publications)
    {
        AddWorkingTime();
        AddTimeToValue();
        var parts = Parts();
        var withheld = LedgerDisclosure.Withheld(_cells, parts);
        var cellsOf = parts.ToDictionary(p => p.Bucket, p => p.Cells, StringComparer.Ordinal);
        LedgerFigures? Figures(string bucket, LedgerBucket? members)
        {
            if (withheld.Contains(bucket) || members is null)
            {
                return null;
            }

            members.PeopleChangedSince = since => _cells.PeopleUpToFive(cellsOf[bucket], epochs.Count(e => e <= since));
            return publications.Figures(bucket, members);
        }

        var program = Figures("all", _program);
        var weeks = new List<LedgerWeek>();
        var upTo = new LedgerBucket { WorkingMinutesPerWeek = _program.WorkingMinutesPerWeek };
        foreach (var (weekOf, week) in _weeks)
        {
            week.WorkingMinutesPerWeek = _program.WorkingMinutesPerWeek;
            _weekPeople.Count(calendar.Index(weekOf), week, upTo);
            weeks.Add(new LedgerWeek(weekOf, Figures(WeekBucket(weekOf), week), Figures(UpToBucket(weekOf), upTo)));
        }

        return new Ledger(
            targetPercent,
            program,
            Funnel(program),
            Lines(_teams, "team:", Figures, team => team),
            Lines(_roles, "role:", Figures, role => role == NoRole ? role : DreadRoles.Title(role)),
            [.. _challengeById.Values.Where(c => c.PostedAt is not null || _challenges.ContainsKey(c.Id)).OrderBy(c => c.PostedAt).ThenBy(c => c.Id)
                .Select(c => new LedgerLine(c.Title, Figures("challenge:" + c.Id, _challenges.GetValueOrDefault(c.Id))) { ChallengeId = c.Id })],
            weeks);
    }

    private LedgerFunnel Funnel(LedgerFigures? program)
    {
        var received = people.Count(p => FirstChallengeAt(p) is not null || _progress.ContainsKey(p.Id));
        return LedgerFunnel.Of(people.Count, received, AtLeastFive(program?.Tried), AtLeastFive(program?.Succeeded), AtLeastFive(program?.Repeated));
    }

    private static int? AtLeastFive(int? people) => people >= Capacity.Ledger.MinimumPeople ? people : null;

    private void AddWorkingTime()
    {
        foreach (var person in people)
        {
            var minutes = person.WorkingHoursPerWeek * 60;
            _program.WorkingMinutesPerWeek += minutes;
            Bucket(_teams, person.Team ?? NoTeam).WorkingMinutesPerWeek += minutes;
            Bucket(_roles, person.Role ?? NoRole).WorkingMinutesPerWeek += minutes;
        }
    }

    private void AddTimeToValue()
    {
        foreach (var (person, progress) in _progress)
        {
            var first = _peopleById.TryGetValue(person, out var p) ? Earliest(FirstChallengeAt(p), progress.FirstReportedPostAt) : progress.FirstReportedPostAt;
            if (progress.FirstSuccessAt is not { } success || first is not { } start)
            {
                continue;
            }

            var days = Math.Max(0, (success - start).TotalDays);
            _program.AddDaysToValue(days);
            _teams[progress.Team ?? NoTeam].AddDaysToValue(days);
            _roles[progress.Role ?? NoRole].AddDaysToValue(days);
        }
    }

    /// <summary>The first challenge posted for the person after they enrolled; null for someone no longer enrolled.</summary>
    private DateTimeOffset? FirstChallengeAt(LedgerPerson person) => person.EnrolledAt is not { } enrolled
        ? null
        : _challengeById.Values.Where(c => c.PostedAt >= enrolled && ChallengeAudience.Includes(person.Role, c.AudienceRole)).Min(c => c.PostedAt);

    /// <summary>The Monday, in the program's time zone, of the week <paramref name="at"/> falls in.</summary>
    public static DateOnly WeekOf(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);
        return local.AddDays(-(((int)local.DayOfWeek + 6) % 7));
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a < b ? a : b;

    private static LedgerBucket Bucket<TKey>(IDictionary<TKey, LedgerBucket> buckets, TKey key) where TKey : notnull =>
        buckets.TryGetValue(key, out var bucket) ? bucket : buckets[key] = new LedgerBucket();

    private static List<LedgerLine> Lines(
        Dictionary<string, LedgerBucket> buckets, string prefix, Func<string, LedgerBucket?, LedgerFigures?> figures, Func<string, string> label) =>
        [.. buckets.OrderBy(b => b.Key, StringComparer.OrdinalIgnoreCase).Select(b => new LedgerLine(label(b.Key), figures(prefix + b.Key.ToLowerInvariant(), b.Value)))];

    /// <summary>Every part the ledger may show, as the cells of results it adds up and its people (<see cref="LedgerDisclosure"/>).</summary>
    private List<LedgerPart> Parts()
    {
        var parts = new List<LedgerPart> { new("all", "program", _cells.Where(_ => true), _program.People) };
        parts.AddRange(_teams.Select(t => new LedgerPart("team:" + t.Key.ToLowerInvariant(), "team", _cells.Where(c => string.Equals(c.Team, t.Key, StringComparison.OrdinalIgnoreCase)), t.Value.People)));
        parts.AddRange(_roles.Select(r => new LedgerPart("role:" + r.Key.ToLowerInvariant(), "role", _cells.Where(c => string.Equals(c.Role, r.Key, StringComparison.OrdinalIgnoreCase)), r.Value.People)));
        parts.AddRange(_challenges.Select(c => new LedgerPart("challenge:" + c.Key, "challenge", _cells.Where(cell => cell.ChallengeId == c.Key), c.Value.People)));
        parts.AddRange(_weeks.Keys.Select(w => new LedgerPart(WeekBucket(w), "week", _cells.Where(c => c.Week == w), _weekPeople.InWeek(calendar.Index(w)))));
        parts.AddRange(_weeks.Keys.Select(w => new LedgerPart(UpToBucket(w), "up to week", _cells.Where(c => c.Week <= w), _weekPeople.UpToWeek(calendar.Index(w)))));
        return parts;
    }

    private static string WeekBucket(DateOnly week) => "week:" + Day(week);

    private static string UpToBucket(DateOnly week) => "upto:" + Day(week);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
