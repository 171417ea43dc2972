using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data.Seeding;

internal static class ChallengeLibrarySeeder
{
    public static async Task<int> AddMissingAsync(
        ChampionDbContext db, ChallengeLibraryFile library, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var slugs = library.Challenges.Select(c => c.Slug).ToList();
        var existing = await db.Challenges.Where(c => slugs.Contains(c.Slug)).Select(c => c.Slug).ToListAsync(cancellationToken);
        var missing = library.Challenges.Where(c => !existing.Contains(c.Slug)).ToList();

        db.Challenges.AddRange(missing.Select(seed => new Challenge
        {
            Slug = seed.Slug,
            Title = seed.Title,
            AudienceRole = seed.AudienceRole,
            Task = seed.Task,
            Steps = seed.Steps is { Count: > 0 } steps ? string.Join('\n', steps) : null,
            Prompt = seed.Prompt,
            WhatGoodLooksLike = seed.WhatGoodLooksLike,
            BaselineMinutes = seed.BaselineMinutes,
            FrequencyPerWeek = seed.FrequencyPerWeek,
            RescueTip = seed.RescueTip,
            Status = ChallengeStatus.Draft,
            FromLibrary = true,
            CreatedByObjectId = "seed",
            CreatedAt = now,
            UpdatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }
}
