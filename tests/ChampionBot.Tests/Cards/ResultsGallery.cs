using ChampionBot.AdaptiveCards;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Impact;
using ChampionBot.Features.Privacy;
using ChampionBot.Features.Reminders;
using ChampionBot.Features.Results;

namespace ChampionBot.Tests.Cards;

/// <summary>The result, rescue, reminder, impact and privacy cards in each of their states.</summary>
internal static class ResultsGallery
{
    public static IEnumerable<(string Name, AdaptiveCard Card)> All()
    {
        var challenge = SampleChallenge();
        var answers = new ResultAnswers(true, 60, 15, 2, 4, 5, "Asked for a table as well");
        var typed = new ResultForm { Worked = "yes", MinutesBefore = "2000", MinutesWithAi = "abc", TimesPerWeek = "2", Quality = "4", Feeling = "", Differently = "Kept" };
        yield return ("result (empty)", ResultCard.Build(challenge, ResultForm.Empty, []));
        yield return ("result (errors, typed values kept)", ResultCard.Build(challenge, typed, ResultValidator.Validate(typed).Errors));
        var retried = new Result { Worked = false, RetryWorked = true, MinutesBefore = 60, MinutesWithAi = 30, TimesPerWeek = 1, Quality = 4, Feeling = 4 };
        yield return ("result (edit, worked on the second try)", ResultCard.For(challenge, retried));
        yield return ("result (edit refused, typed values kept)", ResultCard.Build(challenge, typed, ResultValidator.Validate(typed).Errors, ResultForm.From(retried)));
        yield return ("result submitted (worked)", ResultSubmittedCard.Build(challenge, answers, ResultReceipt.FirstReport));
        yield return ("result submitted (didn't work, tip sent)", ResultSubmittedCard.Build(challenge, answers with { Worked = false, MinutesWithAi = 60 }, new ResultReceipt(false, true, null)));
        yield return ("result submitted (no time saved, updated)", ResultSubmittedCard.Build(challenge, answers with { Worked = false, MinutesWithAi = 90 }, new ResultReceipt(true, false, ["Worked: Yes → No"])));
        yield return ("result submitted (edit, nothing changed)", ResultSubmittedCard.Build(challenge, answers, new ResultReceipt(true, false, [])));
        yield return ("result closed", NoticeCard.Build(ResultHandlers.ExpiredTitle, "This challenge no longer takes results."));
        yield return ("rescue (with champion)", RescueCard.Build(challenge, "Adele Vance"));
        yield return ("rescue (no champion, no tip)", RescueCard.Build(SampleChallenge(rescueTip: null, prompt: null), null));
        yield return ("rescue (no champion, owners named)", RescueCard.Build(challenge, null, ["Alex Wilber", "Isaiah Langer"]));
        yield return ("retry", RetryCard.Build(challenge, null, []));
        yield return ("retry (error)", RetryCard.Build(challenge, "5000", ["Minutes with AI should be between 0 and 1440 minutes (a whole day)."]));
        yield return ("retry done (worked)", RetryCard.Done(challenge, true, 40, null));
        yield return ("retry done (still no)", RetryCard.Done(challenge, false, 0, "Adele Vance"));
        yield return ("retry done (still no, owner named)", RetryCard.Done(challenge, false, 0, null, ["Alex Wilber"]));
        yield return ("reminder", ReminderCard.Build(challenge));
        yield return ("reminder snoozed", ReminderCard.Snoozed(new DateTimeOffset(2026, 12, 9, 9, 0, 0, TimeSpan.Zero)));
        yield return ("me (empty)", MeCard.Build("Megan", new ImpactSummary([], 0, 0, 40)));
        yield return ("me (two challenges)", MeCard.Build("Megan", new ImpactSummary(
            [new("Monday status report", true, null, 45), new("RFP first draft", false, true, 40), new("Lead list clean-up", false, false, 0)], 85, 2, 40)));
        yield return ("mydata", MyDataCard.Build(
        [
            new("About you", 1, ["Name: Megan Bowen", "Role: demand-generation"]),
            new("Your results", 1, ["Monday status report: worked yes, 60 → 15 min"]),
            new("Reminders sent to you", 0, []),
            new("Copilot apps: the date you last used each", 1, ["Word: last used 3 Nov 2026"], PersonalData.UsageNote),
            new("Messages sent or queued for you", 2, ["the dread survey, sent (23 Nov 2026)", "a weekly challenge, queued (30 Nov 2026)"]),
        ]));
        yield return ("mydata (no profile, do-not-contact)", MyDataCard.Build(
        [
            new("About you", 0, ["I have no profile for you: no name, role, team or manager."]),
            new("Do-not-contact list", 1, ["Since 23 Nov 2026 you're on my do-not-contact list. Type **optin** to lift it."]),
            new("What you dread", 0, []),
        ]));
        yield return ("forget me (confirm)", ForgetMeCard.Confirm());
        yield return ("forget me (done)", ForgetMeCard.Done(hadData: true));
        yield return ("forget me (kept)", ForgetMeCard.Kept());
    }

    private static Challenge SampleChallenge(string? rescueTip = "Paste the notes themselves, not a link.", string? prompt = "Summarise these notes as five bullets") => new()
    {
        Id = 42,
        Slug = "monday-status-report",
        Title = "Monday status report in ten minutes",
        Task = "Write the weekly status report",
        AudienceRole = "demand-generation",
        WhatGoodLooksLike = "Five bullets you would send as they are",
        RescueTip = rescueTip,
        Prompt = prompt,
    };
}
