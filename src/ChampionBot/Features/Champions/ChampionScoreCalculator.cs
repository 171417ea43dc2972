using System.Globalization;
using ChampionBot.Data.Entities;
using ChampionBot.Graph;

namespace ChampionBot.Features.Champions;

/// <summary>Whether Microsoft 365 Copilot usage could take part in today's scores.</summary>
public enum CopilotUsageStatus
{
    /// <summary>The report was read (or has not been read yet): stored usage counts.</summary>
    Included,

    /// <summary>The tenant conceals names in reports: no row can be matched to a person, so usage never counts.</summary>
    Concealed,

    /// <summary>Graph could not be read today: the last usage read counts, and the score says so.</summary>
    Unavailable,

    /// <summary>This person opted out of usage lookups (<c>optout usage</c>): the report is not joined to them.</summary>
    OptedOut,
}

/// <summary>Everything a score is computed from, for one person.</summary>
public sealed record ScoreFacts(
    IReadOnlyList<string> CompletedChallenges,
    IReadOnlyList<ChampionEvidence> Evidence,
    IReadOnlyList<CopilotAppActivity> CopilotUsage,
    CopilotUsageStatus CopilotStatus);

/// <summary>
/// The scoring rules, in one place: facts in, evidence lines out, the score being their sum. Each line's points are
/// rounded to one decimal before adding, so the lines a person or manager reads add up exactly to the score.
/// </summary>
public static class ChampionScoreCalculator
{
    private const int BreadthDays = 30;

    public const string OptedOutLine =
        "Microsoft 365 Copilot usage not looked up: this person chose not to have it (optout usage), so this score is the bot's own evidence only.";

    public static (double Points, IReadOnlyList<ScoreLine> Lines) Score(ScoreFacts facts, DateOnly today, ChampionScoringOptions weights)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(weights);
        var lines = new List<ScoreLine>();
        void Add(double points, string text) => lines.Add(new ScoreLine(Math.Round(points, 1, MidpointRounding.AwayFromZero), text));

        var completed = facts.CompletedChallenges.Count;
        if (completed > 0)
        {
            Add(completed * weights.CompletedChallenge, $"Completed {Count(completed, "challenge")}: {Titles(facts.CompletedChallenges)}.");
        }

        if (completed > 1)
        {
            Add((completed - 1) * weights.RepeatedSuccess, $"Repeated success: got {completed} challenges working, not just one.");
        }

        foreach (var evidence in facts.Evidence.OrderBy(e => e.ObservedAt))
        {
            switch (evidence.Kind)
            {
                case EvidenceKind.FastCompletion:
                    Add(weights.FastCompletion, evidence.Detail);
                    break;
                case EvidenceKind.NovelUse:
                    Add(weights.NovelUse, evidence.Detail);
                    break;
                case EvidenceKind.EarlyNextChallengeRequest:
                    Add(weights.EarlyNextChallenge, evidence.Detail);
                    break;
                case EvidenceKind.TimeSaved:
                    // A time-saved fact's points are the hours a week it saves (see Results/ResultEvidence).
                    Add(Math.Min(evidence.Points, weights.MaxTimeSavedHours) * weights.TimeSavedPerHour, evidence.Detail);
                    break;
            }
        }

        AddCopilot(facts, today, weights, Add);
        var total = Math.Round(lines.Sum(l => l.Points), 1, MidpointRounding.AwayFromZero);
        return (total, lines);
    }

    private static void AddCopilot(ScoreFacts facts, DateOnly today, ChampionScoringOptions weights, Action<double, string> add)
    {
        if (facts.CopilotStatus == CopilotUsageStatus.Concealed)
        {
            add(0, "Microsoft 365 Copilot usage not counted: the tenant's usage reports conceal names, so no report row can be matched to a person.");
            return;
        }

        if (facts.CopilotStatus == CopilotUsageStatus.OptedOut)
        {
            add(0, OptedOutLine);
            return;
        }

        var used = facts.CopilotUsage
            .Where(a => a.LastActivityDate is { } date && date > today.AddDays(-BreadthDays))
            .OrderByDescending(a => a.LastActivityDate)
            .ToList();
        if (used.Count > 0)
        {
            add(used.Count * weights.CopilotAppUsed,
                $"Used Microsoft 365 Copilot in {Count(used.Count, "app")} in the last {BreadthDays} days: {string.Join(", ", used.Select(a => CopilotApps.DisplayName(a.App)))}.");
            var days = today.DayNumber - used[0].LastActivityDate!.Value.DayNumber;
            if (days <= weights.CopilotRecentDays)
            {
                add(weights.CopilotRecent, days <= 0 ? "Used Copilot today." : $"Used Copilot {Count(days, "day")} ago.");
            }
        }

        if (facts.CopilotStatus == CopilotUsageStatus.Unavailable)
        {
            add(0, "Microsoft Graph could not be read today: Copilot usage is as last read, the rest is the bot's own evidence.");
        }
    }

    private static string Count(int n, string noun) => n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");

    private static string Titles(IReadOnlyList<string> titles) => titles.Count <= 3
        ? string.Join(", ", titles.Select(t => $"\"{t}\""))
        : string.Join(", ", titles.Take(3).Select(t => $"\"{t}\"")) + $" and {titles.Count - 3} more";
}
