namespace ChampionBot.Data.Entities;

public enum OutboundMessageStatus
{
    Pending,
    Sending,
    Completed,
    Cancelled,
    Recalling,
    Recalled,
}
