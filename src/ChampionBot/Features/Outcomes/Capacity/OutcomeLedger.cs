using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Outcomes.Capacity;

/// <summary>
/// A program's outcome ledger, computed from its results: minutes saved per week by what worked, capacity against the
/// program's target and the 12–25 % band, the "it worked" rates, time to value, how people feel about the task, and
/// the participation funnel; per team, role, challenge and week. The database adds the results up (per cell and per
/// person, <see cref="LedgerQueries"/>); they are never streamed or loaded.
/// </summary>
public sealed class OutcomeLedger(ChampionDbContext db)
{
    public async Task<Ledger> ForAsync(ChampionProgram program, CancellationToken cancellationToken)
    {
        var zone = Cadence.FindTimeZone(program.TimeZoneId) ?? TimeZoneInfo.Utc;
        var shown = await db.OutcomePublications.Where(p => p.ProgramId == program.Id).ToListAsync(cancellationToken);
        var epochs = shown.Select(p => p.ResultsUpTo).Distinct().Order().ToList();
        var span = await LedgerQueries.SpanAsync(db, program.Id, cancellationToken);
        var calendar = span is { } s ? LedgerWeeks.Between(s.First, s.Last, zone) : LedgerWeeks.None;
        var tally = new LedgerTally(
            calendar,
            epochs,
            await LedgerQueries.PeopleAsync(db, program.Id, cancellationToken),
            await LedgerQueries.ChallengesAsync(db, program.Id, cancellationToken));
        if (span is not null)
        {
            foreach (var cell in await LedgerQueries.CellsAsync(db, program.Id, calendar.Starts, epochs, cancellationToken))
            {
                tally.Add(cell);
            }

            foreach (var person in await LedgerQueries.ResultsByPersonAsync(db, program.Id, calendar.Starts, cancellationToken))
            {
                tally.Add(person);
            }
        }

        var publications = new LedgerPublications(db, program.Id, shown, tally.LastChange ?? DateTimeOffset.UnixEpoch);
        var ledger = tally.Ledger(program.CapacityTargetPercent, publications);
        await SaveAsync(cancellationToken);
        return ledger;
    }

    /// <summary>Two owners looking at once may both publish a part first: the later one keeps the earlier's figures.</summary>
    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
        {
            db.ChangeTracker.Clear();
        }
    }
}
