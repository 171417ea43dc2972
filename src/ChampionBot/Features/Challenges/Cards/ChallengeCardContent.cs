using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Challenges.Cards;

/// <summary>Everything the participant's challenge card shows, taken from a challenge, its program and its champion.</summary>
public sealed record ChallengeCardContent(
    int ChallengeId,
    string Title,
    string Task,
    string? Why,
    IReadOnlyList<string> Steps,
    string? Prompt,
    string WhatGoodLooksLike,
    int BaselineMinutes,
    string? ChampionName)
{
    public static ChallengeCardContent From(Challenge challenge, ChampionProgram? program, string? championName) => new(
        challenge.Id,
        challenge.Title,
        challenge.Task,
        program?.BusinessOutcome,
        SplitSteps(challenge.Steps),
        string.IsNullOrWhiteSpace(challenge.Prompt) ? null : challenge.Prompt.Trim(),
        challenge.WhatGoodLooksLike,
        challenge.BaselineMinutes,
        championName);

    /// <summary>Steps are stored one per line; numbering the owner typed ("1.", "-") is dropped so the card numbers them once.</summary>
    public static IReadOnlyList<string> SplitSteps(string? steps) =>
        string.IsNullOrWhiteSpace(steps)
            ? []
            : [.. steps.Split('\n').Select(CleanStep).Where(s => s.Length > 0)];

    private static string CleanStep(string line)
    {
        var text = line.Trim();
        var start = 0;
        while (start < text.Length && (char.IsDigit(text[start]) || text[start] is '.' or ')' or '-' or '*' or '•'))
        {
            start++;
        }

        return start > 0 && start < text.Length && text[start] == ' ' ? text[start..].Trim() : text;
    }
}
