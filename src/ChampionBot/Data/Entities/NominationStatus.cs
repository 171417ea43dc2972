namespace ChampionBot.Data.Entities;

public enum NominationStatus
{
    Pending,
    Approved,
    Declined,
    Deferred,
}
