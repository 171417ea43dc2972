using ChampionBot.Data.Entities;

namespace ChampionBot.Tests.Support;

/// <summary>Valid challenges for tests to write directly (authoring itself is tested through the card).</summary>
public static class TestChallenges
{
    public static Challenge Draft(string title, string role = "everyone") => new()
    {
        Slug = "test-" + Guid.NewGuid().ToString("N")[..8],
        Title = title,
        Task = "The Monday status report: collecting updates from five people and writing one summary.",
        AudienceRole = role,
        Steps = "Open the status notes in Word (saved in OneDrive).\nAsk Copilot: \"Summarise these notes into wins, risks and asks, one line each\".\nCheck every risk against the notes before sending.",
        WhatGoodLooksLike = "Three sections, every item traceable to a note, ready to send in under 15 minutes.",
        BaselineMinutes = 60,
        FrequencyPerWeek = 1,
        RescueTip = "If the summary invents items, paste the notes into the prompt instead of referencing the file.",
        Status = ChallengeStatus.Draft,
    };

    public static Challenge Posted(string title, string role, ChallengeStatus status, DateTimeOffset postedAt) => new()
    {
        Slug = "test-" + Guid.NewGuid().ToString("N"),
        Title = title,
        Task = "Write the weekly status report",
        AudienceRole = role,
        Steps = "Paste last week's notes into Copilot\nAsk for a five-bullet summary",
        Prompt = "Summarise these notes as five bullets for my manager",
        WhatGoodLooksLike = "Five bullets you would send as they are",
        BaselineMinutes = 60,
        FrequencyPerWeek = 1,
        RescueTip = "Paste the notes themselves, not a link: Copilot can't open the file from here.",
        Status = status,
        PostedAt = postedAt,
    };

    /// <summary>The answers of the result card's form.</summary>
    public static System.Text.Json.Nodes.JsonObject ResultAnswers(int challengeId, string worked = "yes", string before = "60", string withAi = "15",
        string times = "1", string quality = "4", string feeling = "4", string? differently = null)
    {
        var data = new System.Text.Json.Nodes.JsonObject
        {
            ["challengeId"] = challengeId,
            ["worked"] = worked,
            ["minutesBefore"] = before,
            ["minutesWithAi"] = withAi,
            ["timesPerWeek"] = times,
            ["quality"] = quality,
            ["feeling"] = feeling,
        };
        if (differently is not null)
        {
            data["differently"] = differently;
        }

        return data;
    }
}
