using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges.Cards;
using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Dread;

namespace ChampionBot.Tests.Challenges;

/// <summary>Every state of the challenge cards, with realistic data, for the card gallery.</summary>
public static class ChallengeCardSamples
{
    private static readonly ChallengeCardContent WithSteps = new(
        21,
        "Clean the weekly lead list in Excel with Copilot",
        "The Monday lead list clean-up: 300-500 new leads full of duplicates and unmapped job titles.",
        "Cut RFP and campaign turnaround by giving every marketer back two hours a week.",
        ["Export last week's leads to Excel and save the file in OneDrive.", "Press Ctrl+T so the data is a table.", "Ask Copilot to add a Persona column from Job Title."],
        "Add a column Persona that maps Job Title to exactly one of: Economic buyer, Technical evaluator, Practitioner, Student or other.",
        "Every row has a persona; duplicates are flagged, not deleted; at most 2 of 20 spot-checked rows are wrong.",
        90,
        "Lynne Robbins");

    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        yield return ("challenge (steps, prompt, champion)", ChallengeCard.Build(WithSteps));
        yield return ("challenge (prompt only, no champion, no outcome)", ChallengeCard.Build(WithSteps with { Steps = [], ChampionName = null, Why = null }));
        yield return ("challenge preview (draft, just saved)", ChallengePreviewCard.Build(WithSteps, Status(ChallengeStatus.Draft, false, null, "Saved as a draft (id 21). Nothing has been sent.")));
        yield return ("challenge preview (scheduled)", ChallengePreviewCard.Build(WithSteps, Status(ChallengeStatus.Scheduled, false, "Mon 30 Nov 2026 09:00 (New York time)", null)));
        yield return ("challenge preview (posted)", ChallengePreviewCard.Build(WithSteps, Status(ChallengeStatus.Posted, false, "Mon 30 Nov 2026 09:00", "Posted: new thread in the channel, queued 1:1 for 32 people.")));
        yield return ("challenge preview (from a dread group)", ChallengePreviewCard.Build(WithSteps, Status(ChallengeStatus.Draft, false, null, null) with { DreadOrigin = "the group \"status · report · manager\" (5 people)" }));
        yield return ("challenge preview (library)", ChallengePreviewCard.Build(WithSteps, Status(ChallengeStatus.Draft, true, null, null)));
        string[] roles = ["demand-generation", "sales", "people-manager"];
        yield return ("challenge form (empty)", ChallengeFormCard.Build(new ChallengeForm(), roles, []));
        var typed = new ChallengeForm { Title = "Status report", Task = "The Monday status report", AudienceRole = "people-manager", Steps = "Try AI", BaselineMinutes = "60", FrequencyPerWeek = "0" };
        var (_, problems) = ChallengeRules.Validate(typed);
        yield return ("challenge form (refused, values kept)", ChallengeFormCard.Build(typed, roles, problems));
        var group = new DreadTheme("chase · expense", 6, 540, 7, ["others"], ["Marketing Pilot"]) { MedianMinutes = 45, MedianTimesPerWeek = 2, MedianMinutesPerWeek = 90 };
        yield return ("challenge form (from a dread group, new role typed)", ChallengeFormCard.Build(
            DreadOrigin.Form(group, 1) with { Task = "Chasing expense receipts", AudienceRoleOther = "field-marketing" },
            roles, [], DreadOrigin.Context(group)));
        yield return ("challenge form (edit)", ChallengeFormCard.Build(new ChallengeForm { ChallengeId = 21, Version = 3, Title = "Status report", AudienceRole = "new-role" }, roles, []));
        yield return ("challenge list", ChallengeListCard.Build("Marketing Pilot", [
            Status(ChallengeStatus.Scheduled, false, "Mon 30 Nov 2026 09:00 (New York time)", null),
            Status(ChallengeStatus.Draft, false, null, null),
            Status(ChallengeStatus.Posted, false, "Mon 23 Nov 2026 09:00", null),
            Status(ChallengeStatus.Draft, true, null, null),
        ]));
        yield return ("challenge list (empty program)", ChallengeListCard.Build("Marketing Pilot", []));
        yield return ("challenge post given up (weekly, thread posted, nothing queued)", ChallengeGaveUpCard.Build(new(
            [(21, WithSteps.Title)], "Monday 30 November 2026 at 09:00 (New York time)", ThreadPosted: true, Queued: 0, Audience: 32)));
        yield return ("challenge post given up (two roles, no thread, part queued)", ChallengeGaveUpCard.Build(new(
            [(21, WithSteps.Title), (22, "Draft the RFP answer outline with Copilot")], "Monday 30 November 2026 at 09:00 (New York time)", ThreadPosted: false, Queued: 12, Audience: 32)));
    }

    private static ChallengeStatusLine Status(ChallengeStatus status, bool library, string? when, string? notice) =>
        new(21, "weekly-lead-list-cleanup", "Clean the weekly lead list in Excel with Copilot", status, library, "demand-generation", when, notice);
}
