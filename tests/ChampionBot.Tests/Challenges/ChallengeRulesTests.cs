using ChampionBot.Features.Challenges;

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
