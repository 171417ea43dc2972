namespace ChampionBot.Data.Entities;

public enum NominationStatus
{
    Pending,
    Approved,
    Declined,
    Deferred,

    /// <summary>The nominee opted out of the program or of nominations (or stopped being reachable) before a decision.</summary>
    Withdrawn,
}
