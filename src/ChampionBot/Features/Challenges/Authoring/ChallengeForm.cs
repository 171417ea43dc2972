using System.Globalization;
using System.Text.Json.Serialization;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Challenges.Authoring;

/// <summary>
/// What the owner typed in the authoring card, kept as text as typed (trimmed) so a refused save shows every value
/// again; bound from the card by <see cref="CardData"/>, blank fields as empty text.
/// </summary>
public sealed record ChallengeForm
{
    public const string GeneralRole = "everyone";
    public const string TitleId = "title";
    public const string TaskId = "task";
    public const string AudienceRoleId = "audienceRole";
    public const string AudienceRoleOtherId = "audienceRoleOther";
    public const string StepsId = "steps";
    public const string PromptId = "prompt";
    public const string WhatGoodLooksLikeId = "whatGoodLooksLike";
    public const string BaselineMinutesId = "baselineMinutes";
    public const string FrequencyPerWeekId = "frequencyPerWeek";
    public const string RescueTipId = "rescueTip";

    [JsonPropertyName(CardFields.ChallengeId)]
    public int? ChallengeId { get; init; }

    /// <summary>The challenge's version when the form was opened, so a save over someone else's change is refused.</summary>
    [JsonPropertyName(CardFields.Version)]
    public int? Version { get; init; }

    /// <summary>The dread group (its number in the owner's ranking) a new challenge starts from; never an answer id.</summary>
    [JsonPropertyName(ChallengeCardActions.DreadGroupKey)]
    public int? DreadGroup { get; init; }

    [JsonPropertyName(TitleId)]
    public string Title { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(TaskId)]
    public string Task { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(AudienceRoleId)]
    public string AudienceRole { get; init => field = value ?? string.Empty; } = string.Empty;

    /// <summary>A role typed by hand, used when it is not empty (the choice list only holds roles the bot knows).</summary>
    [JsonPropertyName(AudienceRoleOtherId)]
    public string AudienceRoleOther { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(StepsId)]
    public string Steps { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(PromptId)]
    public string Prompt { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(WhatGoodLooksLikeId)]
    public string WhatGoodLooksLike { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(BaselineMinutesId)]
    public string BaselineMinutes { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(FrequencyPerWeekId)]
    public string FrequencyPerWeek { get; init => field = value ?? string.Empty; } = string.Empty;

    [JsonPropertyName(RescueTipId)]
    public string RescueTip { get; init => field = value ?? string.Empty; } = string.Empty;

    public static ChallengeForm FromChallenge(Challenge challenge, bool asCopy) => new()
    {
        ChallengeId = asCopy ? null : challenge.Id,
        Version = asCopy ? null : challenge.Version,
        Title = challenge.Title,
        Task = challenge.Task,
        AudienceRole = challenge.AudienceRole,
        Steps = challenge.Steps ?? string.Empty,
        Prompt = challenge.Prompt ?? string.Empty,
        WhatGoodLooksLike = challenge.WhatGoodLooksLike,
        BaselineMinutes = challenge.BaselineMinutes.ToString(CultureInfo.InvariantCulture),
        FrequencyPerWeek = challenge.FrequencyPerWeek.ToString(CultureInfo.InvariantCulture),
        RescueTip = challenge.RescueTip ?? string.Empty,
    };

    /// <summary>The role the form names: the typed one wins over the choice.</summary>
    public string EffectiveRole => AudienceRoleOther.Trim().Length > 0 ? AudienceRoleOther.Trim() : AudienceRole.Trim();

    private static string Trim(string text, int max) => text.Length <= max ? text.Trim() : text[..max].Trim();
}
