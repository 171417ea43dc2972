namespace ChampionBot.Data.Seeding;

/// <summary>seeds/challenge-library.json.</summary>
public sealed record ChallengeLibraryFile(IReadOnlyList<ChallengeSeed> Challenges);

/// <summary>One starter challenge. <see cref="Slug"/> is its stable id: seeding adds a slug once and never rewrites it.</summary>
public sealed record ChallengeSeed(
    string Slug,
    string Title,
    string AudienceRole,
    string Task,
    IReadOnlyList<string>? Steps,
    string? Prompt,
    string WhatGoodLooksLike,
    int BaselineMinutes,
    double FrequencyPerWeek,
    string RescueTip);

/// <summary>seeds/demo-organisation.json: people for local mode and one demo program.</summary>
public sealed record DemoOrganisationFile(string TenantId, IReadOnlyList<PersonSeed> People, ProgramSeed Program);

/// <summary>
/// A person in the demo organisation. <see cref="CopilotLastActivityDaysAgo"/> maps an app to how many days before
/// seeding the person last used Copilot there (null: never), so the sample stays recent whenever it is loaded.
/// </summary>
public sealed record PersonSeed(
    string ObjectId,
    string? TeamsUserId,
    string DisplayName,
    string UserPrincipalName,
    string JobTitle,
    string Role,
    string Department,
    string? ManagerObjectId,
    string? Team,
    string? TimeZoneId,
    IReadOnlyDictionary<string, int?>? CopilotLastActivityDaysAgo);

public sealed record ProgramSeed(
    string Slug,
    string Name,
    string BusinessOutcome,
    string Kpi,
    double CapacityTargetPercent,
    string TimeZoneId,
    string CadenceCron,
    string PilotTeamId,
    string PilotChannelId,
    string PilotTeamName,
    IReadOnlyList<string> OwnerObjectIds);
