using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Programs;

/// <summary>
/// Everything the program card shows besides the program row itself; <paramref name="Scope"/> is the pilot team and
/// channel by name, <paramref name="OtherPrograms"/> the names of the viewer's other programs (<c>program use</c> switches).
/// </summary>
public sealed record ProgramFacts(int Participants, int OptedOut, IReadOnlyList<string> Owners, IReadOnlyList<PilotScope> Scopes, string Scope, IReadOnlyList<string> OtherPrograms);

/// <summary>Loads what the program card needs: counts, owners and the pilot scopes the bot could switch to, by name.</summary>
public sealed class ProgramView(ChampionDbContext db, OwnedPrograms programs)
{
    public async Task<ProgramFacts> LoadAsync(ChampionProgram program, Activity viewer, CancellationToken cancellationToken)
    {
        var enrolled = db.Participants.Where(p => p.ProgramId == program.Id && p.EnrolledAt != null);
        var participants = await enrolled.CountAsync(p => p.OptedOutAt == null, cancellationToken);
        var optedOut = await enrolled.CountAsync(p => p.OptedOutAt != null, cancellationToken);
        var owners = await db.ProgramOwners.Where(o => o.ProgramId == program.Id).OrderBy(o => o.Id)
            .Select(o => o.DisplayName ?? o.ObjectId).ToListAsync(cancellationToken);
        var scopes = await ScopesAsync(program, cancellationToken);
        var current = scopes.FirstOrDefault(s => s.Key == PilotScope.KeyOf(program.PilotTeamId, program.PilotChannelId));
        var others = (await programs.AllAsync(viewer, cancellationToken)).Where(p => p.Id != program.Id).Select(p => p.Name).ToList();
        return new ProgramFacts(participants, optedOut, owners, scopes, current?.Name ?? "not set", others);
    }

    /// <summary>The current pilot scope first, then every team channel the bot has heard from.</summary>
    public async Task<IReadOnlyList<PilotScope>> ScopesAsync(ChampionProgram program, CancellationToken cancellationToken)
    {
        var heard = await db.ConversationReferences.AsNoTracking()
            .Where(r => r.TeamId != null && r.ChannelId != null)
            .Select(r => new { r.TeamId, r.ChannelId })
            .Distinct()
            .Take(50)
            .ToListAsync(cancellationToken);
        var channels = heard.Select(c => (Team: c.TeamId!, Channel: c.ChannelId!)).ToList();
        var names = await TeamChannelNameStore.ForTeamsAsync(db, [.. channels.Select(c => c.Team), .. program.PilotTeamId is { } t ? [t] : Array.Empty<string>()], cancellationToken);

        var scopes = new List<PilotScope>();
        if (program.PilotTeamId is { } teamId)
        {
            var name = ScopeName(teamId, program.PilotChannelId, program.PilotTeamName, names);
            scopes.Add(new PilotScope(teamId, program.PilotChannelId, $"{name} (now)", name));
        }

        foreach (var (team, channel) in channels.OrderBy(c => c.Team, StringComparer.Ordinal).ThenBy(c => c.Channel, StringComparer.Ordinal))
        {
            var name = ScopeName(team, channel, null, names);
            var scope = new PilotScope(team, channel, name, name);
            if (scopes.All(s => s.Key != scope.Key))
            {
                scopes.Add(scope);
            }
        }

        return scopes;
    }

    /// <summary>"Marketing Pilot team, AI Challenges channel"; a team's General channel shares the team's id.</summary>
    private static string ScopeName(string teamId, string? channelId, string? knownTeamName, Dictionary<(string Team, string Channel), TeamChannelName> names)
    {
        var teamName = knownTeamName
            ?? names.Values.Where(n => n.TeamId == teamId && n.TeamName is not null).OrderByDescending(n => n.UpdatedAt).Select(n => n.TeamName).FirstOrDefault();
        var team = teamName is null ? "a team whose name Teams hasn't told me yet" : $"{teamName} team";
        if (channelId is null)
        {
            return $"{team}, any channel";
        }

        var channelName = names.GetValueOrDefault((teamId, channelId))?.ChannelName ?? (channelId == teamId ? "General" : null);
        return channelName is null ? $"{team}, a channel whose name Teams hasn't told me yet" : $"{team}, {channelName} channel";
    }
}
