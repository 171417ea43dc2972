using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Champions;

/// <summary>
/// The one answer to "which champion does the bot name?" (in challenge posts, challenge cards and the rescue card):
/// the program's most recently approved champion who is still active, so a newly approved champion is featured in the
/// next posts, as the product promises. Ties go to the later approval row.
/// </summary>
public static class FeaturedChampion
{
    /// <summary>The champion's display name, or null; <paramref name="except"/> leaves out a person (the one asking for help).</summary>
    public static Task<string?> NameAsync(ChampionDbContext db, int programId, int? except, CancellationToken cancellationToken) =>
        db.Champions.AsNoTracking()
            .Where(c => c.ProgramId == programId && c.RetiredAt == null && c.ParticipantId != except)
            .OrderByDescending(c => c.ApprovedAt)
            .ThenByDescending(c => c.Id)
            .Select(c => c.Participant!.DisplayName)
            .FirstOrDefaultAsync(cancellationToken);
}
