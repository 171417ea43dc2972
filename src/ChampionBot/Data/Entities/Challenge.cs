namespace ChampionBot.Data.Entities;

/// <summary>
/// One task for one role, done one specific way. Library challenges (from seeds) have no program until an owner
/// schedules one; <see cref="Slug"/> is stable and unique.
/// </summary>
public sealed class Challenge : IVersioned
{
    public int Id { get; set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>The dreaded task this challenge takes on, in the participant's words.</summary>
    public required string Task { get; set; }

    public required string AudienceRole { get; set; }

    /// <summary>The specific steps, one per line.</summary>
    public string? Steps { get; set; }

    /// <summary>The prompt to paste into Copilot, when the challenge is built around one.</summary>
    public string? Prompt { get; set; }

    public required string WhatGoodLooksLike { get; set; }

    public int BaselineMinutes { get; set; }

    public double FrequencyPerWeek { get; set; }

    /// <summary>The follow-up sent when someone reports that it did not work.</summary>
    public string? RescueTip { get; set; }

    public int? SourceDreadItemId { get; set; }

    public DreadItem? SourceDreadItem { get; set; }

    public ChallengeStatus Status { get; set; }

    public DateOnly? ScheduledFor { get; set; }

    public DateTimeOffset? PostedAt { get; set; }

    public int? ProgramId { get; set; }

    public ChampionProgram? Program { get; set; }

    /// <summary>True for rows that came from the seed library; they are never overwritten by later seeding.</summary>
    public bool FromLibrary { get; set; }

    public string? CreatedByObjectId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public int Version { get; set; }

    /// <summary>
    /// A new challenge with this one's content (title, task, role, steps, prompt, what good looks like, minutes,
    /// frequency, rescue tip) under <paramref name="slug"/>; its status, program and dates are the caller's to set.
    /// </summary>
    public Challenge CopyContent(string slug) => new()
    {
        Slug = slug,
        Title = Title,
        Task = Task,
        AudienceRole = AudienceRole,
        Steps = Steps,
        Prompt = Prompt,
        WhatGoodLooksLike = WhatGoodLooksLike,
        BaselineMinutes = BaselineMinutes,
        FrequencyPerWeek = FrequencyPerWeek,
        RescueTip = RescueTip,
    };
}
