using ChampionBot.Data.Entities;

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

    /// <summary>The challenge the channel thread shows: the general one, else the earliest scheduled.</summary>
    public static Challenge Primary(IReadOnlyList<Challenge> posted) =>
        posted.FirstOrDefault(c => IsGeneral(c.AudienceRole)) ?? posted[0];

    /// <summary>
    /// This week's challenge for a person, from the posted challenges newest first: the newest for their role, else the
    /// newest general one, else the newest of all. The one rule behind both <c>challenge</c> and <c>result</c>, so a
    /// result is always filed against the challenge the person was shown.
    /// </summary>
    public static Challenge? Current(string? role, IReadOnlyList<Challenge> postedNewestFirst) =>
        ForRoleOrGeneral(role, postedNewestFirst) ?? postedNewestFirst.FirstOrDefault();

    /// <summary>True when a challenge was meant for a person: one for their role, a general one, or any when their role is unknown.</summary>
    public static bool Includes(string? role, string audienceRole) =>
        string.IsNullOrWhiteSpace(role) || IsGeneral(audienceRole) || IsForRole(role, audienceRole);

    /// <summary>The 1:1 copy a person gets from one occurrence's posts; null for a known role with nothing for it.</summary>
    public static Challenge? For(Participant participant, IReadOnlyList<Challenge> posted) =>
        ForRoleOrGeneral(participant.Role, posted) ?? (string.IsNullOrWhiteSpace(participant.Role) ? Primary(posted) : null);

    private static Challenge? ForRoleOrGeneral(string? role, IReadOnlyList<Challenge> posted) =>
        posted.FirstOrDefault(c => IsForRole(role, c.AudienceRole)) ?? posted.FirstOrDefault(c => IsGeneral(c.AudienceRole));

    private static bool IsForRole(string? role, string audienceRole) =>
        !string.IsNullOrWhiteSpace(role) && string.Equals(audienceRole, role, StringComparison.OrdinalIgnoreCase);
}
