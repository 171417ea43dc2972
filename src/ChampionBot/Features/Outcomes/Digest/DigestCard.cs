using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Results;

namespace ChampionBot.Features.Outcomes.Digest;

/// <summary>
/// The weekly digest an owner gets 1:1: the ledger's headline figures and their change since last week (withheld
/// figures say so), the most dreaded tasks no challenge covers yet, and the stalled nominations.
/// </summary>
public static class DigestCard
{
    public const string Title = "Weekly digest";

    public const string NominationsHint = "Type **nominations** to see them and who to nudge.";

    private const int MaxDread = 3;

    private const int MaxStalled = 10;

    public static AdaptiveCard Build(WeeklyDigest digest)
    {
        ArgumentNullException.ThrowIfNull(digest);
        var body = new List<CardElement>
        {
            new TextBlock($"{Title}: {digest.ProgramName}") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("Week of " + digest.WeekOf.ToString("d MMM yyyy", CultureInfo.InvariantCulture)) { IsSubtle = true, Wrap = true, Spacing = Spacing.None },
        };
        body.AddRange(Figures(digest.Now, digest.LastWeek));
        body.Add(Heading("Dreaded most, no challenge yet"));
        body.Add(Text(digest.Uncovered.Count == 0
            ? "Every group in **dread top** has a challenge (or no group is big enough yet)."
            : string.Join("\n", digest.Uncovered.Take(MaxDread).Select(Dread)) + "\n\nType **challenge new from dread N** (N is the group's number above, as in **dread top**)."));
        body.Add(Heading($"Stalled nominations ({digest.Stalled.Count})"));
        body.Add(Text(digest.Stalled.Count == 0
            ? "Nothing stalled."
            : string.Join("\n", digest.Stalled.Take(MaxStalled).Select(s => $"- **{s.Nominee}** (manager: {s.Manager}): {s.Detail}"))
                + (digest.Stalled.Count > MaxStalled ? $"\n- …and {digest.Stalled.Count - MaxStalled} more" : string.Empty) + "\n\n" + NominationsHint));
        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = $"{Title} for {digest.ProgramName}: capacity {LedgerText.Capacity(digest.Now)}; " +
                $"{digest.Uncovered.Count} dreaded tasks without a challenge; {digest.Stalled.Count} stalled nominations",
        };
    }

    private static IEnumerable<CardElement> Figures(LedgerFigures? now, LedgerFigures? before)
    {
        yield return Heading("This week");
        if (now is null)
        {
            yield return Text($"Figures: {Ledger.Withheld} (shown once {Ledger.MinimumPeople} people have reported results).");
            yield break;
        }

        yield return new FactSet
        {
            Facts =
            [
                new Fact("Capacity", LedgerText.Percent(now.CapacityPercent) + Change(now.CapacityPercent - before?.CapacityPercent, " points")),
                new Fact("Time saved", MinutesSaved.Describe(Clamp(now.MinutesSavedPerWeek)) + " a week" + Change(now.MinutesSavedPerWeek - before?.MinutesSavedPerWeek, " min")),
                new Fact("It worked", LedgerText.Rate(now.WorkedAfterRescueRate) + Change(Points(now.WorkedAfterRescueRate) - (before is null ? null : Points(before.WorkedAfterRescueRate)), " points")),
                new Fact("People reporting", LedgerText.People(now.People) + Change(now.People - before?.People, string.Empty)),
            ],
        };
        if (before is null)
        {
            yield return Text($"No change shown: last week's figures were {Ledger.Withheld} or there were none.", subtle: true);
        }
    }

    private static string Change(double? delta, string unit) => delta switch
    {
        null => string.Empty,
        0 => " (no change since last week)",
        var d => " (" + (d > 0 ? "+" : "−") + Math.Abs(d.Value).ToString("0.#", CultureInfo.InvariantCulture) + unit + " since last week)",
    };

    private static double Points(double share) => Math.Round(share * 100);

    private static string Dread(UncoveredDread dread) =>
        $"- {dread.Rank}. **{DreadGroups.ThemeWords(dread.Group)}**: {dread.Group.People} people, {MinutesSaved.Describe(Clamp((long)dread.Group.MinutesPerWeek))} a week in all";

    private static int Clamp(long minutes) => (int)Math.Min(minutes, int.MaxValue);

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };

    private static TextBlock Text(string text, bool subtle = false) => new(text) { Wrap = true, IsSubtle = subtle, Spacing = Spacing.Small };
}
