namespace ChampionBot.Data.Entities;

public enum ChallengeStatus
{
    Draft,
    Scheduled,
    Posted,
    Archived,
}
