using ChampionBot.Features.Challenges.Authoring;

namespace ChampionBot.Tests.Challenges;

/// <summary>The vagueness rules on their own: each refusal names its reason; a specific challenge passes.</summary>
public sealed class ChallengeRulesTests
{
    private static readonly ChallengeForm Specific = new()
    {
        Title = "Write the Monday status report with Copilot",
        Task = "The Monday status report",
        AudienceRole = "people-manager",
        Steps = "Put the notes in one Word file in OneDrive.\nAsk Copilot in Word to summarise them into Wins, Risks and Asks.\nCheck every risk and send.",
        WhatGoodLooksLike = "Three sections, every line traceable to a note.",
        BaselineMinutes = "60",
        FrequencyPerWeek = "1",
        RescueTip = "Paste the notes into the chat if Copilot invents items.",
    };

    [Fact]
    public void Validate_SpecificChallenge_Passes()
    {
        var (challenge, problems) = ChallengeRules.Validate(Specific);

        Assert.Empty(problems);
        Assert.Equal(60, challenge!.BaselineMinutes);
    }

    [Fact]
    public void Validate_TitleWithDirectionOverridesAndZeroWidthSpaces_StoresItWithoutThem()
    {
        var (challenge, problems) = ChallengeRules.Validate(Specific with { Title = "Status\u202E report\u200B with\u2066 Copilot\u2069" });

        Assert.Empty(problems);
        Assert.Equal("Status report with Copilot", challenge!.Title);
    }

    [Theory]
    [InlineData("\u200B\u200B")]
    [InlineData("\u200D \u202E\uFEFF")]
    public void Validate_TitleOfNothingVisible_IsRefusedAsEmpty(string title)
    {
        var (challenge, problems) = ChallengeRules.Validate(Specific with { Title = title });

        Assert.Null(challenge);
        Assert.Contains(problems, p => p.StartsWith("**Title** is empty", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Open [the template](http://intranet.example/t) and fill it in with Copilot in Word.", "http://intranet.example/t")]
    [InlineData("Open [Reset MFA now](javascript:alert(1)) then ask Copilot in Word for the summary.", "javascript:alert(1")]
    [InlineData("Open http://intranet.example/t then ask Copilot in Word for a five-bullet summary.", "http://intranet.example/t")]
    public void Validate_StepsLinkingOtherThanHttps_AreRefusedNamingTheAddress(string steps, string shown)
    {
        var (challenge, problems) = ChallengeRules.Validate(Specific with { Steps = steps });

        Assert.Null(challenge);
        Assert.Contains(problems, p => p.StartsWith("**Steps**", StringComparison.Ordinal) && p.Contains(shown, StringComparison.Ordinal) && p.Contains("https://", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_StepsWithAnHttpsLink_KeepTheLinkAndShowItsHost()
    {
        var (challenge, problems) = ChallengeRules.Validate(Specific with
        {
            Steps = "Open [the status template](https://contoso.sharepoint.com/sites/pilot/t.docx) in Word.\nAsk Copilot to fill it from last week's notes.",
        });

        Assert.Empty(problems);
        Assert.StartsWith("Open [the status template (contoso.sharepoint.com)](https://contoso.sharepoint.com/sites/pilot/t.docx) in Word.", challenge!.Steps, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_RealStepsButVagueOtherFields_NamesEachFieldThatFallsShort()
    {
        var (challenge, problems) = ChallengeRules.Validate(Specific with
        {
            Title = "Use AI more",
            Task = "Use AI more",
            WhatGoodLooksLike = "It works",
            RescueTip = "Ask in the channel",
        });

        Assert.Null(challenge);
        Assert.Contains(problems, p => p.StartsWith("**Task** is too vague", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("**What good looks like** is too vague", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("**Rescue tip** is too vague", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Play with Copilot")]
    [InlineData("Explore what Copilot can do for your weekly work and have fun with it")]
    [InlineData("Try AI on your tasks and explore different ideas with prompts")]
    public void Validate_GoPlaySteps_AreRefused(string steps)
    {
        var (challenge, problems) = ChallengeRules.Validate(Specific with { Steps = steps });

        Assert.Null(challenge);
        Assert.Contains(problems, p => p.Contains("**Steps** are too", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_ExploreInsideConcreteSteps_IsAccepted()
    {
        var steps = "Open the RFP questionnaire in Word, explore the Copilot pane, and ask: \"Draft answers for questions 1-20 from the attached security whitepaper, marking anything unsupported\". Review each draft answer against the whitepaper.";

        var (challenge, problems) = ChallengeRules.Validate(Specific with { Steps = steps });

        Assert.Empty(problems);
        Assert.NotNull(challenge);
    }

    [Fact]
    public void Validate_PromptWithoutSteps_IsAccepted()
    {
        var (challenge, _) = ChallengeRules.Validate(Specific with { Steps = "", Prompt = "Summarise these notes into Wins, Risks and Asks, one line each, naming the owner of each line." });

        Assert.NotNull(challenge);
        Assert.Null(challenge.Steps);
    }

    [Fact]
    public void Validate_EverythingMissing_ListsEveryReason()
    {
        var (_, problems) = ChallengeRules.Validate(new ChallengeForm());

        Assert.Equal(8, problems.Count);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("1441")]
    [InlineData("12.5")]
    public void Validate_BadBaselineMinutes_IsRefused(string minutes) =>
        Assert.Contains(ChallengeRules.Validate(Specific with { BaselineMinutes = minutes }).Problems, p => p.Contains("whole number from 1 to 1440", StringComparison.Ordinal));

    [Theory]
    [InlineData("Field Marketing", "field-marketing")]
    [InlineData("  Ops / Finance ", "ops-finance")]
    public void NormalizeRole_TypedRole_LooksLikeTheLibrarys(string typed, string stored) =>
        Assert.Equal(stored, ChallengeRules.NormalizeRole(typed));

    [Theory]
    [InlineData("Write the Monday status report!", "write-the-monday-status-report")]
    [InlineData("2 RFPs a week", "challenge-2-rfps-a-week")]
    [InlineData("Résumé screening", "resume-screening")]
    public void Slugify_Title_IsStableAndUrlSafe(string title, string slug) =>
        Assert.Equal(slug, ChallengeAuthoring.Slugify(title));
}
