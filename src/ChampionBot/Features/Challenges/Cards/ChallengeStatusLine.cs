using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Challenges.Cards;

/// <summary>What the owner sees about a challenge beside its preview: ids, status, and when it posts or posted.</summary>
public sealed record ChallengeStatusLine(
    int Id,
    string Slug,
    string Title,
    ChallengeStatus Status,
    bool FromLibrary,
    string AudienceRole,
    string? When,
    string? Notice = null,
    string? DreadOrigin = null)
{
    public string StatusText => (Status, FromLibrary) switch
    {
        (ChallengeStatus.Draft, true) => "Library (ready to schedule)",
        (ChallengeStatus.Draft, false) => "Draft",
        (ChallengeStatus.Scheduled, _) => "Scheduled",
        (ChallengeStatus.Posted, _) => "Posted",
        _ => "Archived",
    };
}
