using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Programs;

/// <summary>Everything the program card shows besides the program row itself.</summary>
public sealed record ProgramFacts(int Participants, int OptedOut, IReadOnlyList<string> Owners, IReadOnlyList<PilotScope> Scopes);

/// <summary>Loads what the program card needs: counts, owners and the pilot scopes the bot could switch to.</summary>
public sealed class ProgramView(ChampionDbContext db)
{
    public async Task<ProgramFacts> LoadAsync(ChampionProgram program, CancellationToken cancellationToken)
    {
        var enrolled = db.Participants.Where(p => p.ProgramId == program.Id && p.EnrolledAt != null);
        var participants = await enrolled.CountAsync(p => p.OptedOutAt == null, cancellationToken);
        var optedOut = await enrolled.CountAsync(p => p.OptedOutAt != null, cancellationToken);
        var owners = await db.ProgramOwners.Where(o => o.ProgramId == program.Id).OrderBy(o => o.Id)
            .Select(o => o.DisplayName ?? o.ObjectId).ToListAsync(cancellationToken);
        return new ProgramFacts(participants, optedOut, owners, await ScopesAsync(program, cancellationToken));
    }

    /// <summary>The current pilot scope first, then every team channel the bot has heard from.</summary>
    public async Task<IReadOnlyList<PilotScope>> ScopesAsync(ChampionProgram program, CancellationToken cancellationToken)
    {
        var scopes = new List<PilotScope>();
        if (program.PilotTeamId is { } teamId)
        {
            scopes.Add(new PilotScope(teamId, program.PilotChannelId, $"{program.PilotTeamName ?? teamId} (current)"));
        }

        var heard = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TeamId != null && r.ChannelId != null)
            .Select(r => new { r.TeamId, r.ChannelId })
            .Distinct()
            .Take(50)
            .ToListAsync(cancellationToken);
        foreach (var channel in heard.OrderBy(c => c.TeamId, StringComparer.Ordinal).ThenBy(c => c.ChannelId, StringComparer.Ordinal))
        {
            var scope = new PilotScope(channel.TeamId!, channel.ChannelId, $"Team {channel.TeamId} · channel {channel.ChannelId}");
            if (scopes.All(s => s.Key != scope.Key))
            {
                scopes.Add(scope);
            }
        }

        return scopes;
    }
}
