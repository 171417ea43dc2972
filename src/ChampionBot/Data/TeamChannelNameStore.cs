using System.Collections.Concurrent;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>
/// Keeps the names of the teams and channels the bot hears from. Most activities repeat the names already stored, so
/// this instance remembers what it wrote and touches the database only when a name is new or changed.
/// </summary>
public sealed class TeamChannelNameStore(IDbContextFactory<ChampionDbContext> contexts, DatabaseWriteGate gate, TimeProvider time)
{
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<(string Team, string Channel), (string? Team, string? Channel)> stored = new();

    public async Task RecordAsync(string teamId, string channelId, string? teamName, string? channelName, CancellationToken cancellationToken)
    {
        var key = (teamId, channelId);
        if (teamName is null && channelName is null || stored.TryGetValue(key, out var known) && known == (teamName ?? known.Team, channelName ?? known.Channel))
        {
            return;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        using (await gate.EnterAsync(db, cancellationToken))
        {
            var row = await db.TeamChannelNames.FirstOrDefaultAsync(n => n.TeamId == teamId && n.ChannelId == channelId, cancellationToken);
            if (row is null)
            {
                row = new TeamChannelName { TeamId = teamId, ChannelId = channelId };
                db.TeamChannelNames.Add(row);
            }

            // Teams sends a name only on some activities: keep the one we have when this one carries none.
            row.TeamName = teamName ?? row.TeamName;
            row.ChannelName = channelName ?? row.ChannelName;
            if (db.ChangeTracker.HasChanges())
            {
                row.UpdatedAt = time.GetUtcNow();
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException ex) when (DbErrors.IsUniqueViolation(ex))
                {
                    // Another instance stored the same team and channel a moment ago; the next activity brings its names again.
                    return;
                }
            }

            if (stored.Count >= MaxRemembered)
            {
                stored.Clear();
            }

            stored[key] = (row.TeamName, row.ChannelName);
        }
    }

    /// <summary>Names by (team id, channel id) for the teams asked about.</summary>
    public static async Task<Dictionary<(string Team, string Channel), TeamChannelName>> ForTeamsAsync(
        ChampionDbContext db, IReadOnlyCollection<string> teamIds, CancellationToken cancellationToken)
    {
        var ids = teamIds.Distinct(StringComparer.Ordinal).ToList();
        var rows = await db.TeamChannelNames.AsNoTracking().Where(n => ids.Contains(n.TeamId)).ToListAsync(cancellationToken);
        return rows.ToDictionary(n => (n.TeamId, n.ChannelId));
    }
}
