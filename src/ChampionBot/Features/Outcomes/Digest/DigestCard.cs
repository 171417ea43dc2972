using System.Globalization;
using ChampionBot.AdaptiveCards;
using ChampionBot.Features.Dread;
using ChampionBot.Features.Outcomes.Capacity;
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
            new TextBlock($"{Day(digest.SentOn)} {digest.SentOn.Year}: everything reported so far, and what changed since {Day(digest.ChangesSince)}")
            {
                IsSubtle = true,
                Wrap = true,
                Spacing = Spacing.None,
            },
        };
        body.AddRange(Figures(digest.Now, digest.LastWeek, " since " + Day(digest.ChangesSince)));
        body.Add(Heading("Dreaded most, no challenge yet"));
        body.Add(Text(digest.Uncovered.Count == 0
            ? "Every group in **dread top** has a challenge (or no group is big enough yet)."
            : string.Join("\n", digest.Uncovered.Take(MaxDread).Select(Dread)) + "\n\nType **challenge new from dread N**, N being the group's number in **dread top**."));
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

    private static IEnumerable<CardElement> Figures(LedgerFigures? now, LedgerFigures? before, string since)
    {
        yield return Heading("So far");
        if (now is null)
        {
            yield return Text($"Figures: {Ledger.Withheld} (shown once {Ledger.MinimumPeople} people have reported results).");
            yield break;
        }

        yield return new FactSet
        {
            Facts =
            [
                new Fact("Capacity", LedgerText.Percent(now.CapacityPercent) + Change(now.CapacityPercent - before?.CapacityPercent, Number(" points"), since)),
                new Fact("Time saved", MinutesSaved.Describe(Clamp(now.MinutesSavedPerWeek)) + " a week" + Change(now.MinutesSavedPerWeek - before?.MinutesSavedPerWeek, Minutes, since)),
                new Fact("It worked", LedgerText.Rate(now.WorkedAfterRescueRate) + Change(Points(now.WorkedAfterRescueRate) - (before is null ? null : Points(before.WorkedAfterRescueRate)), Number(" points"), since)),
                new Fact("People reporting", LedgerText.People(now.People) + Change(now.People - before?.People, Number(string.Empty), since)),
            ],
        };
        if (before is null)
        {
            yield return Text($"No change shown: the figures before that were {Ledger.Withheld} or there were none.", subtle: true);
        }
    }

    /// <summary>" (+1.5 points since 30 Nov)": the size written by <paramref name="size"/>, the sign before it.</summary>
    private static string Change(double? delta, Func<double, string> size, string since) => delta switch
    {
        null => string.Empty,
        0 => " (no change" + since + ")",
        var d => " (" + (d > 0 ? "+" : "−") + size(Math.Abs(d.Value)) + since + ")",
    };

    private static Func<double, string> Number(string unit) => size => size.ToString("0.#", CultureInfo.InvariantCulture) + unit;

    private static string Minutes(double size) => MinutesSaved.Duration((long)Math.Round(size));

    private static string Day(DateOnly day) => day.ToString("d MMM", CultureInfo.InvariantCulture);

    private static double Points(double share) => Math.Round(share * 100);

    private static string Dread(UncoveredDread dread) =>
        $"- **{DreadGroups.ThemeWords(dread.Group)}** (number {dread.Rank} in **dread top**): {dread.Group.People} people, {MinutesSaved.Describe(Clamp((long)dread.Group.MinutesPerWeek))} a week in all";

    private static int Clamp(long minutes) => (int)Math.Min(minutes, int.MaxValue);

    private static TextBlock Heading(string text) => new(text) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium };

    private static TextBlock Text(string text, bool subtle = false) => new(text) { Wrap = true, IsSubtle = subtle, Spacing = Spacing.Small };
}
