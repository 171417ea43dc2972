using System.Globalization;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Champions;
using ChampionBot.Scheduling;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Challenges;

/// <summary>Finds challenges and the roles people can be given, builds a challenge card's content and describes a challenge's status.</summary>
public sealed class ChallengeDirectory(ChampionDbContext db)
{
    public const string ListHint = "Type **challenge list** to see every challenge with its id.";

    /// <summary>By numeric id or by slug (case-insensitive).</summary>
    public async Task<Challenge?> FindAsync(string idOrSlug, CancellationToken cancellationToken)
    {
        var key = idOrSlug.Trim().TrimStart('#');
        if (int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return await db.Challenges.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        }

        var slug = key.ToLowerInvariant();
        return key.Length == 0 ? null : await db.Challenges.FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
    }

    /// <summary>True when the owner may act on the challenge: a library challenge, or one of their program's.</summary>
    public static bool BelongsTo(Challenge challenge, ChampionProgram program) =>
        challenge.ProgramId is null || challenge.ProgramId == program.Id;

    public Task<ChampionProgram?> ProgramAsync(int? programId, CancellationToken cancellationToken) =>
        programId is { } id ? db.Programs.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) : Task.FromResult<ChampionProgram?>(null);

    public async Task<IReadOnlyList<string>> KnownRolesAsync(CancellationToken cancellationToken)
    {
        var people = await db.Participants.Where(p => p.Role != null).Select(p => p.Role!).Distinct().ToListAsync(cancellationToken);
        var challenges = await db.Challenges.Select(c => c.AudienceRole).Distinct().ToListAsync(cancellationToken);
        return [.. people.Concat(challenges).Where(r => r.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    public async Task<ChallengeCardContent> CardContentAsync(Challenge challenge, ChampionProgram? program, CancellationToken cancellationToken)
    {
        var champion = program is null ? null : await FeaturedChampion.NameAsync(db, program.Id, except: null, cancellationToken);
        return ChallengeCardContent.From(challenge, program, champion);
    }

    public static ChallengeStatusLine StatusLine(Challenge challenge, ChampionProgram? program, string? notice = null)
    {
        string? when = challenge.Status switch
        {
            ChallengeStatus.Scheduled when program is not null && CronCadence.TryParse(program.CadenceCron, program.TimeZoneId, out var cadence)
                => ChallengeCalendar.PostingTimeText(cadence!, challenge.ScheduledFor),
            ChallengeStatus.Scheduled => challenge.ScheduledFor?.ToString("ddd d MMM yyyy", CultureInfo.InvariantCulture),
            ChallengeStatus.Posted when challenge.PostedAt is { } at && program is not null && CronCadence.TryParse(program.CadenceCron, program.TimeZoneId, out var zone)
                => zone!.ToLocal(at).ToString("ddd d MMM yyyy HH:mm", CultureInfo.InvariantCulture),
            ChallengeStatus.Posted => challenge.PostedAt?.ToString("ddd d MMM yyyy HH:mm 'UTC'", CultureInfo.InvariantCulture),
            _ => null,
        };
        return new ChallengeStatusLine(challenge.Id, challenge.Slug, challenge.Title, challenge.Status, challenge.FromLibrary && challenge.ProgramId is null, challenge.AudienceRole, when, notice);
    }
}
