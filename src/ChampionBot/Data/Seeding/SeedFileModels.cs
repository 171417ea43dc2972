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

/// <summary>seeds/demo-organisation.json: people for local mode, one demo program, and what its people dread.</summary>
public sealed record DemoOrganisationFile(
    string TenantId, IReadOnlyList<PersonSeed> People, ProgramSeed Program, IReadOnlyList<DreadAnswerSeed>? DreadAnswers = null, IReadOnlyList<DemoResultsSeed>? Results = null);

/// <summary>A past challenge of the demo program (a library challenge by slug, posted <see cref="WeeksAgo"/> weeks before seeding) and what people reported.</summary>
public sealed record DemoResultsSeed(string Challenge, int WeeksAgo, IReadOnlyList<DemoResultSeed> Reports);

/// <summary>One person's result card, as they would have filled it in.</summary>
public sealed record DemoResultSeed(
    string ObjectId, int MinutesBefore, int MinutesWithAi, double TimesPerWeek, bool Worked, int Quality, int Feeling, bool? RetryWorked = null);

/// <summary>
/// A demo person's answer to the dread survey in the demo program. <see cref="Task"/> is the library challenge's slug
/// when they picked it from the card's list (<see cref="Text"/> is then the task's name as the card shows it); null for
/// words of their own, which the ranking groups by similarity.
/// </summary>
public sealed record DreadAnswerSeed(string ObjectId, string Text, int Minutes, double TimesPerWeek, string? Task = null);

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
