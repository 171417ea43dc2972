using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>A dreaded task the card offers to pick: its theme key, its name, and its role when the list mixes roles.</summary>
public sealed record DreadTaskChoice(string Key, string Name, string? RoleTitle = null)
{
    public string Title => RoleTitle is null ? Name : $"{Name} ({RoleTitle})";
}

/// <summary>
/// The common dreaded tasks the card offers a person: the challenge library's tasks for their role (every role's when
/// the role is not known), then their program's groups already shown to owners (at least five people, named by the
/// group's published key words, never one answer). Picking one puts the answer in that theme exactly.
/// </summary>
public sealed class DreadTasks(ChampionDbContext db)
{
    public const int MaxThemesOffered = 5;

    public async Task<IReadOnlyList<DreadTaskChoice>> ForAsync(string? role, int? programId, CancellationToken cancellationToken)
    {
        var choices = (await LibraryAsync(role, cancellationToken))
            .Select(c => new DreadTaskChoice(c.Key, c.Title, role is null ? DreadRoles.Title(c.Role) : null))
            .ToList();
        if (programId is null)
        {
            return choices;
        }

        var shownThemes = await db.DreadPublications.AsNoTracking()
            .Where(p => p.ProgramId == programId && p.Bucket.StartsWith("theme:" + DreadThemes.TextPrefix) && (role == null || p.SharedRole == null || p.SharedRole == role))
            .OrderByDescending(p => p.MinutesPerWeek).ThenBy(p => p.Id)
            .Select(p => new { p.Bucket, p.Label })
            .Take(MaxThemesOffered)
            .ToListAsync(cancellationToken);
        choices.AddRange(shownThemes.Select(t => new DreadTaskChoice(t.Bucket["theme:".Length..], Capitalise(t.Label.Replace(" · ", ", ", StringComparison.Ordinal)))));
        return choices;
    }

    private async Task<List<(string Key, string Title, string Role)>> LibraryAsync(string? role, CancellationToken cancellationToken)
    {
        var library = await db.Challenges.AsNoTracking()
            .Where(c => c.FromLibrary && c.ProgramId == null && (role == null || c.AudienceRole == role))
            .OrderBy(c => c.AudienceRole).ThenBy(c => c.Id)
            .Select(c => new { c.Slug, c.Title, c.Task, c.AudienceRole })
            .ToListAsync(cancellationToken);
        return [.. library.Select(c => (DreadItem.PickedTheme(c.Slug), Name(c.Task, c.Title), c.AudienceRole))];
    }

    /// <summary>"The Monday lead list clean-up: 300-500 new leads…" → "The Monday lead list clean-up"; the title when the task has no short lead-in.</summary>
    public static string Name(string task, string title)
    {
        var colon = task.IndexOf(": ", StringComparison.Ordinal);
        return colon is > 0 and <= 80 ? task[..colon].Trim() : title;
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
