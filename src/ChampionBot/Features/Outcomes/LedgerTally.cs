using ChampionBot.Features.Challenges;
using ChampionBot.Features.Dread;

namespace ChampionBot.Features.Outcomes;

/// <summary>
/// Sorts each streamed result into its parts of the ledger (the program, its team, its role, its challenge, its week)
/// and remembers per person only what time to value needs, then hands every part to the publication rule.
/// </summary>
internal sealed class LedgerTally(TimeZoneInfo zone, IReadOnlyList<LedgerPerson> people, IReadOnlyList<LedgerChallenge> challenges)
{
    private const string NoTeam = "team not known";
    private const string NoRole = "role not given";

    private readonly LedgerBucket _program = new();
    private readonly Dictionary<string, LedgerBucket> _teams = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LedgerBucket> _roles = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<int, LedgerBucket> _challenges = [];
    private readonly SortedDictionary<DateOnly, LedgerBucket> _weeks = [];
    private readonly Dictionary<int, LedgerChallenge> _challengeById = challenges.ToDictionary(c => c.Id);
    private readonly Dictionary<int, PersonProgress> _progress = [];
    private readonly LedgerCells _cells = new();

    public DateTimeOffset? LastChange => _program.LastChange;

    public void Add(LedgerRow row)
    {
        var team = row.ParticipantId is null ? null : row.Team ?? NoTeam;
        var role = row.ParticipantId is null ? null : row.Role ?? NoRole;
        _program.Add(row);
        if (team is not null)
        {
            Bucket(_teams, team).Add(row);
        }

        if (role is not null)
        {
            Bucket(_roles, role).Add(row);
        }

        var week = WeekOf(row.SubmittedAt, zone);
        Bucket(_challenges, row.ChallengeId).Add(row);
        Bucket(_weeks, week).Add(row);
        _cells.Add(new LedgerCell(team, role, row.ChallengeId, week), row.ParticipantId);
        if (row.ParticipantId is { } person)
        {
            var progress = _progress.TryGetValue(person, out var known) ? known : _progress[person] = new PersonProgress(team!, role!);
            progress.See(row, _challengeById.GetValueOrDefault(row.ChallengeId)?.PostedAt);
        }
    }

    public Ledger Ledger(double targetPercent, LedgerPublications publications)
    {
        AddWorkingTime();
        AddTimeToValue();
        var withheld = LedgerDisclosure.Withheld(_cells, Parts());
        LedgerFigures? Figures(string bucket, LedgerBucket? members) => withheld.Contains(bucket) ? null : publications.Figures(bucket, members);

        var program = Figures("all", _program);
        var weeks = new List<LedgerWeek>();
        var upTo = new LedgerBucket { WorkingMinutesPerWeek = _program.WorkingMinutesPerWeek };
        foreach (var (weekOf, week) in _weeks)
        {
            week.WorkingMinutesPerWeek = _program.WorkingMinutesPerWeek;
            upTo.Merge(week);
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

    private static int? AtLeastFive(int? people) => people >= Outcomes.Ledger.MinimumPeople ? people : null;

    private void AddWorkingTime()
    {
        foreach (var person in people)
        {
            var minutes = person.WorkingHoursPerWeek * 60;
            _program.WorkingMinutesPerWeek += minutes;
            Bucket(_teams, person.Team ?? NoTeam).WorkingMinutesPerWeek += minutes;
            Bucket(_roles, person.Role ?? NoRole).WorkingMinutesPerWeek += minutes;
            // A challenge counts the working time of its audience and of anyone else who reported on it.
            foreach (var challenge in _challengeById.Values.Where(c => ChallengeAudience.Includes(person.Role, c.AudienceRole) || Reported(c.Id, person.Id)))
            {
                Bucket(_challenges, challenge.Id).WorkingMinutesPerWeek += minutes;
            }
        }
    }

    private bool Reported(int challengeId, int person) => _challenges.TryGetValue(challengeId, out var bucket) && bucket.Counts(person);

    private void AddTimeToValue()
    {
        var enrolled = people.ToDictionary(p => p.Id);
        foreach (var (person, progress) in _progress)
        {
            var first = enrolled.TryGetValue(person, out var p) ? Earliest(FirstChallengeAt(p), progress.FirstReportedPostAt) : progress.FirstReportedPostAt;
            if (progress.FirstSuccessAt is not { } success || first is not { } start)
            {
                continue;
            }

            var days = Math.Max(0, (success - start).TotalDays);
            _program.AddDaysToValue(days);
            _teams[progress.Team].AddDaysToValue(days);
            _roles[progress.Role].AddDaysToValue(days);
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

    /// <summary>Every part the ledger may show, as the cells of results it adds up (<see cref="LedgerDisclosure"/>).</summary>
    private List<LedgerPart> Parts()
    {
        var parts = new List<LedgerPart> { new("all", "program", _cells.Where(_ => true)) };
        parts.AddRange(_teams.Keys.Select(t => new LedgerPart("team:" + t.ToLowerInvariant(), "team", _cells.Where(c => string.Equals(c.Team, t, StringComparison.OrdinalIgnoreCase)))));
        parts.AddRange(_roles.Keys.Select(r => new LedgerPart("role:" + r.ToLowerInvariant(), "role", _cells.Where(c => string.Equals(c.Role, r, StringComparison.OrdinalIgnoreCase)))));
        parts.AddRange(_challenges.Keys.Select(id => new LedgerPart("challenge:" + id, "challenge", _cells.Where(c => c.ChallengeId == id))));
        parts.AddRange(_weeks.Keys.Select(w => new LedgerPart(WeekBucket(w), "week", _cells.Where(c => c.Week == w))));
        parts.AddRange(_weeks.Keys.Select(w => new LedgerPart(UpToBucket(w), "up to week", _cells.Where(c => c.Week <= w))));
        return parts;
    }

    private static string WeekBucket(DateOnly week) => "week:" + Day(week);

    private static string UpToBucket(DateOnly week) => "upto:" + Day(week);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class PersonProgress(string team, string role)
    {
        public string Team { get; } = team;

        public string Role { get; } = role;

        public DateTimeOffset? FirstReportedPostAt { get; private set; }

        public DateTimeOffset? FirstSuccessAt { get; private set; }

        public void See(LedgerRow row, DateTimeOffset? postedAt)
        {
            FirstReportedPostAt = Earliest(FirstReportedPostAt, postedAt);
            FirstSuccessAt = Earliest(FirstSuccessAt, row.SucceededAt);
        }
    }
}
