using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Results;
using CsvHelper;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes;

/// <summary>
/// The export files, RFC 4180 CSV written by CsvHelper (text a spreadsheet would run as a formula is escaped). Results carry
/// no person, team or role, and leave out forgotten people and anyone who opted out; the ledger is the one owners see,
/// with figures about fewer than five people withheld.
/// </summary>
public sealed class OutcomeCsv(ChampionDbContext db, OutcomeLedger ledger)
{
    public static readonly string[] ResultsHeader =
        ["challenge", "submitted_on", "worked", "worked_after_rescue", "minutes_before", "minutes_with_ai", "times_per_week", "minutes_saved_per_week", "quality", "feeling"];

    public static readonly string[] LedgerHeader =
        ["part", "name", "people", "results", "minutes_saved_per_week", "working_minutes_per_week", "capacity_percent", "worked_first_try_percent", "worked_after_rescue_percent", "median_days_to_value", "average_feeling", "note"];

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with { Injection = CsvInjection.Escape };

    public async Task WriteResultsAsync(int programId, Stream output, CancellationToken cancellationToken)
    {
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        await csv.WriteRecordAsync(ResultsHeader, cancellationToken);
        var rows = db.Results.AsNoTracking()
            .Where(r => r.Challenge!.ProgramId == programId && r.ParticipantId != null && r.Participant!.OptedOutAt == null)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
            .Select(r => new { r.Challenge!.Title, r.SubmittedAt, r.Worked, r.RetryWorked, r.MinutesBefore, r.MinutesWithAi, r.TimesPerWeek, r.Quality, r.Feeling })
            .AsAsyncEnumerable();
        await foreach (var r in rows.WithCancellation(cancellationToken))
        {
            var worked = r.Worked || r.RetryWorked == true;
            await csv.WriteRecordAsync(
            [
                r.Title, r.SubmittedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Yes(r.Worked), Yes(!r.Worked && r.RetryWorked == true),
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
            var name = week.WeekOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
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

    private static string Yes(bool value) => value ? "yes" : "no";

    private static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);
}
