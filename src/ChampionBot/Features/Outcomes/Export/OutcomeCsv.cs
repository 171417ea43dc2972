using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Privacy;
using ChampionBot.Features.Programs;
using ChampionBot.Features.Results;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes.Export;

/// <summary>
/// The export files, RFC 4180 CSV written by CsvHelper (text a spreadsheet would run as a formula is escaped). Results carry
/// no person, team or role, leave out forgotten people and anyone who opted out, and keep to the five-people rule; the
/// ledger is the one owners see, with figures about fewer than five people withheld.
/// </summary>
public sealed class OutcomeCsv(ChampionDbContext db, OutcomeLedger ledger)
{
    public static readonly string[] ResultsHeader =
        ["challenge", "week_of", "worked", "worked_after_rescue", "minutes_before", "minutes_with_ai", "times_per_week", "minutes_saved_per_week", "quality", "feeling"];

    public static readonly string[] LedgerHeader =
        ["part", "name", "people", "results", "minutes_saved_per_week", "working_minutes_per_week", "capacity_percent", "worked_first_try_percent", "worked_after_rescue_percent", "median_days_to_value", "average_feeling", "note"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    /// <summary>
    /// One row per result, only for challenges the ledger shows (at least five people, none recoverable by subtraction)
    /// and whose every counted result is exported, ordered by challenge and figures, not by time. A row names its week only when at least five people reported on
    /// that challenge that week (after the shared rule against subtraction, <see cref="SmallGroups"/>); the others
    /// leave <c>week_of</c> empty ("other weeks").
    /// </summary>
    public async Task WriteResultsAsync(ChampionProgram program, Stream output, CancellationToken cancellationToken)
    {
        var shown = await ShownChallengesAsync(program, cancellationToken);
        var zone = Cadence.FindTimeZone(program.TimeZoneId) ?? TimeZoneInfo.Utc;
        var weeks = await ShownWeeksAsync(program.Id, shown, zone, cancellationToken);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync(ResultsHeader, cancellationToken);
        var rows = Exported(program.Id, shown)
            .OrderBy(r => r.ChallengeId).ThenBy(r => r.MinutesBefore).ThenBy(r => r.MinutesWithAi).ThenBy(r => r.TimesPerWeek).ThenBy(r => r.Quality).ThenBy(r => r.Feeling)
            .Select(r => new { r.ChallengeId, r.Challenge!.Title, r.SubmittedAt, r.Worked, r.RetryWorked, r.MinutesBefore, r.MinutesWithAi, r.TimesPerWeek, r.Quality, r.Feeling })
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            var worked = r.Worked || r.RetryWorked == true;
            var week = LedgerTally.WeekOf(r.SubmittedAt, zone);
            await csv.WriteRecordAsync(
            [
                r.Title, weeks.Contains((r.ChallengeId, week)) ? Day(week) : "", Yes(r.Worked), Yes(!r.Worked && r.RetryWorked == true),
                Number(r.MinutesBefore), Number(r.MinutesWithAi), Number(r.TimesPerWeek),
                Number(worked ? MinutesSaved.PerWeek(r.MinutesBefore, r.MinutesWithAi, r.TimesPerWeek) : 0), Number(r.Quality), Number(r.Feeling),
            ], cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    public async Task WriteLedgerAsync(ChampionProgram program, Stream output, CancellationToken cancellationToken)
    {
        var figures = await ledger.ForAsync(program, cancellationToken);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync(LedgerHeader, cancellationToken);
        await csv.WriteRecordAsync(Line("program", program.Name, figures.Program), cancellationToken);
        foreach (var (part, lines) in new[] { ("team", figures.Teams), ("role", figures.Roles), ("challenge", figures.Challenges) })
        {
            foreach (var line in lines)
            {
                await csv.WriteRecordAsync(Line(part, line.Label, line.Figures), cancellationToken);
            }
        }

        foreach (var week in figures.Weeks)
        {
            var name = Day(week.WeekOf);
            await csv.WriteRecordAsync(Line("week", name, week.ThatWeek), cancellationToken);
            await csv.WriteRecordAsync(Line("up to week", name, week.UpToThen), cancellationToken);
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static string[] Line(string part, string name, LedgerFigures? f) => f is null
        ? [part, name, "", "", "", "", "", "", "", "", "", Ledger.Withheld]
        :
        [
            part, name, Number(f.People), Number(f.Results), Number(f.MinutesSavedPerWeek), Number(Math.Round(f.WorkingMinutesPerWeek)),
            Number(Math.Round(f.CapacityPercent, 2)), Number(Math.Round(f.WorkedFirstTryRate * 100, 1)), Number(Math.Round(f.WorkedAfterRescueRate * 100, 1)),
            f.MedianDaysToValue is { } days ? Number(Math.Round(days, 1)) : "", f.AverageFeeling is { } feeling ? Number(feeling) : "", "",
        ];

    /// <summary>
    /// The challenges the ledger shows whose every counted result may leave the bot. A challenge where the ledger counts
    /// a result that is not exported (of someone who opted out since, or was forgotten) is left out whole: its ledger
    /// line minus its rows would be that person's answers.
    /// </summary>
    private async Task<List<int>> ShownChallengesAsync(ChampionProgram program, CancellationToken cancellationToken)
    {
        var counted = (await ledger.ForAsync(program, cancellationToken)).Challenges
            .Where(c => c.Figures is not null && c.ChallengeId is not null).ToDictionary(c => c.ChallengeId!.Value, c => c.Figures!.Results);
        var ids = counted.Keys.ToList();
        var exported = await Exported(program.Id, ids).GroupBy(r => r.ChallengeId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        return [.. ids.Where(id => exported.GetValueOrDefault(id) == counted[id])];
    }

    /// <summary>Results that may leave the bot: of people still in the program (not forgotten, not opted out), on shown challenges.</summary>
    private IQueryable<Result> Exported(int programId, List<int> challenges) =>
        db.Results.AsNoTracking()
            .Where(r => r.Challenge!.ProgramId == programId && challenges.Contains(r.ChallengeId) && r.ParticipantId != null && r.Participant!.OptedOutAt == null);

    /// <summary>The (challenge, week) pairs a row may name: each challenge's weeks split by the five-people rule.</summary>
    private async Task<HashSet<(int Challenge, DateOnly Week)>> ShownWeeksAsync(int programId, List<int> challenges, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var people = new Dictionary<int, SortedDictionary<DateOnly, HashSet<int>>>();
        var rows = Exported(programId, challenges).Select(r => new { r.ChallengeId, r.ParticipantId, r.SubmittedAt }).AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            var weeks = people.TryGetValue(r.ChallengeId, out var known) ? known : people[r.ChallengeId] = [];
            var week = LedgerTally.WeekOf(r.SubmittedAt, zone);
            (weeks.TryGetValue(week, out var set) ? set : weeks[week] = []).Add(r.ParticipantId!.Value);
        }

        var shown = new HashSet<(int, DateOnly)>();
        foreach (var (challenge, weeks) in people)
        {
            var parts = weeks.ToList();
            var hidden = SmallGroups.Hidden([.. parts.Select(w => (IReadOnlyCollection<int>)w.Value)]);
            shown.UnionWith(parts.Where((_, i) => !hidden.Contains(i)).Select(w => (challenge, w.Key)));
        }

        return shown;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Yes(bool value) => value ? "yes" : "no";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
