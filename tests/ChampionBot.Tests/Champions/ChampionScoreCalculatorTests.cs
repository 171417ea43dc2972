using ChampionBot.Data.Entities;
using ChampionBot.Features.Champions;
using ChampionBot.Graph;

namespace ChampionBot.Tests.Champions;

/// <summary>Scores on hand-computed fixtures: every line says why, and the lines add up to the score.</summary>
public sealed class ChampionScoreCalculatorTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);
    private static readonly ChampionScoringOptions Weights = new();

    [Fact]
    public void Score_BotEvidenceAndCopilot_LinesAddUpToTheHandComputedTotal()
    {
        var facts = new ScoreFacts(
            ["RFP first draft", "Campaign recap"],
            [
                Evidence(EvidenceKind.FastCompletion, 1, "Got \"RFP first draft\" working within two days of it being posted."),
                Evidence(EvidenceKind.NovelUse, 2, "Found a way to do \"Campaign recap\" that the challenge didn't show."),
                Evidence(EvidenceKind.TimeSaved, 1.5, "Saves about 1 h 30 min a week on \"RFP first draft\"."),
                Evidence(EvidenceKind.EarlyNextChallengeRequest, 1, "Asked for the next challenge after getting \"Campaign recap\" working."),
            ],
            [new("Teams", Today.AddDays(-2)), new("Word", Today.AddDays(-10)), new("Excel", Today.AddDays(-40)), new("Loop", null)],
            CopilotUsageStatus.Included);

        var (points, lines) = ChampionScoreCalculator.Score(facts, Today, Weights);

        // Lines in the order the evidence was observed. 2 challenges × 2 + 1 repeat × 1 + fast 2 + novel 3 + 1.5 h × 1 + early 2 + 2 apps × 0.5 + recent 1 = 15.5
        Assert.Equal(15.5, points);
        Assert.Equal(points, lines.Sum(l => l.Points));
        Assert.Equal(
        [
            (4.0, "Completed 2 challenges: \"RFP first draft\", \"Campaign recap\"."),
            (1.0, "Repeated success: got 2 challenges working, not just one."),
            (2.0, "Got \"RFP first draft\" working within two days of it being posted."),
            (3.0, "Found a way to do \"Campaign recap\" that the challenge didn't show."),
            (2.0, "Asked for the next challenge after getting \"Campaign recap\" working."),
            (1.5, "Saves about 1 h 30 min a week on \"RFP first draft\"."),
            (1.0, "Used Microsoft 365 Copilot in 2 apps in the last 30 days: Teams, Word."),
            (1.0, "Used Copilot 2 days ago."),
        ], lines.Select(l => (l.Points, l.Text)));
    }

    [Fact]
    public void Score_ConcealedNames_IgnoresUsageAndSaysWhy()
    {
        var facts = new ScoreFacts(["RFP first draft"], [], [new("Teams", Today)], CopilotUsageStatus.Concealed);

        var (points, lines) = ChampionScoreCalculator.Score(facts, Today, Weights);

        Assert.Equal(2, points);
        Assert.Contains(lines, l => l.Points == 0 && l.Text.Contains("conceal names", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Text.StartsWith("Used", StringComparison.Ordinal));
    }

    [Fact]
    public void Score_HugeTimeSaved_CappedAtTheConfiguredHours()
    {
        var facts = new ScoreFacts([], [Evidence(EvidenceKind.TimeSaved, 66.67, "Saves about 66 h a week on \"X\".")], [], CopilotUsageStatus.Included);

        var (points, _) = ChampionScoreCalculator.Score(facts, Today, new ChampionScoringOptions { MaxTimeSavedHours = 5, TimeSavedPerHour = 2 });

        Assert.Equal(10, points);
    }

    [Fact]
    public void Score_WeightsFromConfiguration_ChangeThePoints()
    {
        var facts = new ScoreFacts(["A"], [], [], CopilotUsageStatus.Included);

        var (points, lines) = ChampionScoreCalculator.Score(facts, Today, new ChampionScoringOptions { CompletedChallenge = 7 });

        Assert.Equal(7, points);
        Assert.Equal("Completed 1 challenge: \"A\".", Assert.Single(lines).Text);
    }

    [Fact]
    public void Score_GraphUnavailable_KeepsLastUsageAndSaysSo()
    {
        var facts = new ScoreFacts([], [], [new CopilotAppActivity("Word", Today)], CopilotUsageStatus.Unavailable);

        var (points, lines) = ChampionScoreCalculator.Score(facts, Today, Weights);

        Assert.Equal(1.5, points);
        Assert.Contains(lines, l => l.Text == "Used Copilot today.");
        Assert.Contains(lines, l => l.Points == 0 && l.Text.StartsWith("Microsoft Graph could not be read today", StringComparison.Ordinal));
    }

    private static ChampionEvidence Evidence(EvidenceKind kind, double points, string detail) => new()
    {
        Kind = kind,
        Points = points,
        Detail = detail,
        SourceKey = $"{kind}",
        ObservedAt = new DateTimeOffset(2026, 12, 1, 9, 0, 0, TimeSpan.Zero).AddMinutes((int)kind),
    };
}
