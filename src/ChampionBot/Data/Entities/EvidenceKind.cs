namespace ChampionBot.Data.Entities;

public enum EvidenceKind
{
    FastCompletion,
    RepeatedCompletion,
    NovelUse,
    EarlyNextChallengeRequest,
    TimeSaved,
    CopilotUsage,
}
