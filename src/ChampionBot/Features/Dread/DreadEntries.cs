using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>A program's stored dread answers, as the ranking and its groups read them.</summary>
public static class DreadEntries
{
    public static Task<List<DreadEntry>> OfProgramAsync(ChampionDbContext db, int? programId, CancellationToken cancellationToken) =>
        db.DreadItems.AsNoTracking()
            .Where(d => d.ProgramId == programId)
            .Select(d => new DreadEntry(d.Id, d.ParticipantId, d.Text, d.MinutesPerOccurrence, d.TimesPerWeek, d.Role, d.Team, d.CreatedAt))
            .ToListAsync(cancellationToken);
}
