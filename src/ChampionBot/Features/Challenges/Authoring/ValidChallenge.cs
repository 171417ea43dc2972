namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>A challenge that passed <see cref="ChallengeRules"/>: specific enough to hand to a participant.</summary>
public sealed record ValidChallenge(
    string Title,
    string Task,
    string AudienceRole,
    string? Steps,
    string? Prompt,
    string WhatGoodLooksLike,
    int BaselineMinutes,
    double FrequencyPerWeek,
    string RescueTip);
