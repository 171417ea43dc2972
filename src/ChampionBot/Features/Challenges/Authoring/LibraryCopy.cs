using ChampionBot.Data;
using ChampionBot.Data.Configurations;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// A library challenge belongs to every program until one schedules or posts it; doing so must not take it from the
/// others. The owner's program gets its own copy (one per program, found again by its slug) and schedules or posts that;
/// the library row stays as it was.
/// </summary>
internal static class LibraryCopy
{
    /// <summary>The challenge itself when it already has a program; else the program's copy, added to the context (unsaved) if new.</summary>
    public static async Task<Challenge> ForProgramAsync(ChampionDbContext db, Challenge challenge, ChampionProgram program, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (challenge.ProgramId is not null)
        {
            return challenge;
        }

        var slug = SlugFor(challenge.Slug, program.Id);
        if (await db.Challenges.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken) is { } existing)
        {
            return existing;
        }

        var copy = challenge.CopyContent(slug);
        copy.Status = ChallengeStatus.Draft;
        copy.ProgramId = program.Id;
        copy.CreatedAt = now;
        copy.UpdatedAt = now;
        db.Challenges.Add(copy);
        return copy;
    }

    private static string SlugFor(string librarySlug, int programId)
    {
        var suffix = $"-p{programId}";
        return (librarySlug.Length + suffix.Length > ColumnSizes.Slug ? librarySlug[..(ColumnSizes.Slug - suffix.Length)] : librarySlug) + suffix;
    }
}
