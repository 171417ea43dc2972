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
}
