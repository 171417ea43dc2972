using System.Linq.Expressions;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// A person's own say in being nominated: enrolled in a program, not opted out of it (<c>optout</c>) and not opted out
/// of nominations (<c>optout nominations</c>). People who used <c>forget me</c> have no participant row, so they are
/// never found. Every nomination path (automatic or an owner's <c>nominate</c>) asks this, or the nomination feature's
/// eligibility check built on it.
/// </summary>
public static class NominationChoice
{
    /// <summary>The rule as a query filter: <c>db.Participants.Where(NominationChoice.CanBeNominatedFilter)</c>.</summary>
    public static Expression<Func<Participant, bool>> CanBeNominatedFilter { get; } =
        p => p.ProgramId != null && p.EnrolledAt != null && p.OptedOutAt == null && p.NominationsOptedOutAt == null;

    private static readonly Func<Participant, bool> Compiled = CanBeNominatedFilter.Compile();

    /// <summary>Whether this person may be nominated now.</summary>
    public static bool CanBeNominated(this Participant participant) => Compiled(participant);

    /// <summary>Why not, in words an owner reads (<c>nominate &lt;name&gt;</c>), or null when they can be.</summary>
    public static string? WhyNot(Participant participant, string name) => participant switch
    {
        { OptedOutAt: not null } => $"{name} has opted out of the program, so they can't be nominated.",
        { NominationsOptedOutAt: not null } => $"{name} has asked not to be nominated as a champion (optout nominations).",
        { ProgramId: null } or { EnrolledAt: null } => $"{name} isn't enrolled in a program yet.",
        _ => null,
    };
}
