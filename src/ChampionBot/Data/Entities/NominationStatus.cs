namespace ChampionBot.Data.Entities;

/// <summary>
/// Where a nomination stands. Open (at most one per person): <see cref="AwaitingConsent"/>, <see cref="Pending"/> (with
/// the manager, or the owners) and <see cref="Deferred"/> ("not now", asked again after its date).
/// </summary>
public enum NominationStatus
{
    Pending,
    Approved,
    Declined,
    Deferred,
    AwaitingConsent,
    ConsentDeclined,

    /// <summary>The nominee opted out of the program or of nominations (or stopped being reachable) before a decision.</summary>
    Withdrawn,
}
