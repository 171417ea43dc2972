using System.Globalization;
using System.Text.Json;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;

namespace ChampionBot.Features.Challenges;

/// <summary>
/// What the owner typed in the authoring card, kept as text exactly as typed so a refused save shows every value again.
/// </summary>
public sealed record ChallengeForm
{
    public const string GeneralRole = "everyone";

    public int? ChallengeId { get; init; }

    /// <summary>The challenge's version when the form was opened, so a save over someone else's change is refused.</summary>
    public int? Version { get; init; }

    /// <summary>The dread group (its number in the owner's ranking) a new challenge starts from; never an answer id.</summary>
    public int? DreadGroup { get; init; }

    public string Title { get; init; } = string.Empty;

    public string Task { get; init; } = string.Empty;

    public string AudienceRole { get; init; } = string.Empty;

    /// <summary>A role typed by hand, used when it is not empty (the choice list only holds roles the bot knows).</summary>
    public string AudienceRoleOther { get; init; } = string.Empty;

    public string Steps { get; init; } = string.Empty;

    public string Prompt { get; init; } = string.Empty;

    public string WhatGoodLooksLike { get; init; } = string.Empty;

    public string BaselineMinutes { get; init; } = string.Empty;

    public string FrequencyPerWeek { get; init; } = string.Empty;

    public string RescueTip { get; init; } = string.Empty;

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

    /// <summary>Reads the card's submitted data (Action.Execute or the Action.Submit fallback); unknown keys are ignored.</summary>
    public static ChallengeForm FromData(JsonElement? data)
    {
        if (data is not { ValueKind: JsonValueKind.Object } values)
        {
            return new ChallengeForm();
        }

        string Text(string name) => values.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString() ?? string.Empty,
                JsonValueKind.Number => value.GetRawText(),
                _ => string.Empty,
            }
            : string.Empty;

        int? Number(string name) =>
            int.TryParse(Text(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

        return new ChallengeForm
        {
            ChallengeId = Number("challengeId"),
            Version = Number("version"),
            DreadGroup = Number(DreadTopCard.GroupKey),
            Title = Text("title"),
            Task = Text("task"),
            AudienceRole = Text("audienceRole"),
            AudienceRoleOther = Text("audienceRoleOther"),
            Steps = Text("steps"),
            Prompt = Text("prompt"),
            WhatGoodLooksLike = Text("whatGoodLooksLike"),
            BaselineMinutes = Text("baselineMinutes"),
            FrequencyPerWeek = Text("frequencyPerWeek"),
            RescueTip = Text("rescueTip"),
        };
    }

    /// <summary>The role the form names: the typed one wins over the choice.</summary>
    public string EffectiveRole => AudienceRoleOther.Trim().Length > 0 ? AudienceRoleOther.Trim() : AudienceRole.Trim();

    private static string Trim(string text, int max) => text.Length <= max ? text.Trim() : text[..max].Trim();
}
