using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;

namespace ChampionBot.Features.Challenges;

/// <summary>
/// Who gets which challenge when several post at one occurrence (at most one per role):
/// a person whose role has a challenge gets that one; everyone else gets the general ("everyone") challenge;
/// people whose role is unknown get the channel's challenge when there is no general one. People with a known role
/// and nothing for it get nothing 1:1 (they still see the channel thread): a task for another role is noise.
/// </summary>
public static class ChallengeAudience
{
    public static bool IsGeneral(string role) =>
        role.Equals(ChallengeForm.GeneralRole, StringComparison.OrdinalIgnoreCase)
        || role.Equals("general", StringComparison.OrdinalIgnoreCase)
        || role.Equals("all", StringComparison.OrdinalIgnoreCase);

    /// <summary>Who a challenge is for, as owners read it: "Everyone (general)" or the role's name, never its slug.</summary>
    public static string Describe(string audienceRole) =>
        IsGeneral(audienceRole) ? "Everyone (general)" : Dread.DreadRoles.Title(audienceRole);

    /// <summary>The challenge the channel thread shows: the general one, else the earliest scheduled.</summary>
    public static Challenge Primary(IReadOnlyList<Challenge> posted) =>
        posted.FirstOrDefault(c => IsGeneral(c.AudienceRole)) ?? posted[0];

    /// <summary>True when a challenge was meant for a person: one for their role, a general one, or any when their role is unknown.</summary>
    public static bool Includes(string? role, string audienceRole) =>
        string.IsNullOrWhiteSpace(role) || IsGeneral(audienceRole) || IsForRole(role, audienceRole);

    /// <summary>
    /// The challenge a person with <paramref name="role"/> gets from <paramref name="posted"/> (in order of preference:
    /// an occurrence's posts, or this week's posts newest first): their role's, else the general one, else (role
    /// unknown) the first; null for a known role with nothing for it. The one rule behind the 1:1 fan-out,
    /// <c>challenge</c> and <c>result</c>, so nobody is shown another role's task and a result is filed against the
    /// challenge the person was sent.
    /// </summary>
    public static Challenge? For(string? role, IReadOnlyList<Challenge> posted) =>
        ForRoleOrGeneral(role, posted) ?? (string.IsNullOrWhiteSpace(role) ? posted.FirstOrDefault() : null);

    private static Challenge? ForRoleOrGeneral(string? role, IReadOnlyList<Challenge> posted) =>
        posted.FirstOrDefault(c => IsForRole(role, c.AudienceRole)) ?? posted.FirstOrDefault(c => IsGeneral(c.AudienceRole));

    private static bool IsForRole(string? role, string audienceRole) =>
        !string.IsNullOrWhiteSpace(role) && string.Equals(audienceRole, role, StringComparison.OrdinalIgnoreCase);
}
