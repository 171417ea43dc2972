using System.Globalization;
using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Dread;

/// <summary>The roles a person can pick on the dread card: those challenges are written for and those people already have.</summary>
public sealed class DreadRoles(ChampionDbContext db)
{
    public async Task<IReadOnlyList<(string Slug, string Title)>> AllAsync(CancellationToken cancellationToken)
    {
        var challengeRoles = await db.Challenges.Select(c => c.AudienceRole).Distinct().ToListAsync(cancellationToken);
        var peopleRoles = await db.Participants.Where(p => p.Role != null).Select(p => p.Role!).Distinct().ToListAsync(cancellationToken);
        return [.. challengeRoles.Concat(peopleRoles)
            .Where(r => !string.IsNullOrWhiteSpace(r))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .Select(r => (r, Title(r)))];
    }

    /// <summary>"demand-generation" → "Demand generation".</summary>
    public static string Title(string slug)
    {
        var words = slug.Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? slug : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
