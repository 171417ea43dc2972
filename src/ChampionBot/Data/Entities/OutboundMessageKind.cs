namespace ChampionBot.Data.Entities;

public enum OutboundMessageKind
{
    Challenge,
    Reminder,
    Nomination,
    Digest,
    Rescue,
    Survey,
    Announcement,
    Other,
}
