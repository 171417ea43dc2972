using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Nominations;

/// <summary>The owners' <c>nominations</c> card: one section per state, each row naming the nominee, their manager and how long.</summary>
public static class NominationListCard
{
    public const string Title = "Nominations";

    public const string Empty =
        "No nominations yet. People are nominated when their evidence (challenges got working, time saved, novel uses, Copilot " +
        "breadth) crosses the program's threshold; scores are recomputed daily and after every result.";

    private const int MaxRows = 20;

    public static AdaptiveCard Build(NominationListView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var body = new List<CardElement>
        {
            new TextBlock($"{Title}: {view.ProgramName}") { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
        };
        if (view.IsEmpty)
        {
            body.Add(new TextBlock(Empty) { Wrap = true });
        }
        else
        {
            Section(body, "Stalled: waiting too long for the manager", view.Stalled, "Nothing stalled.");
            Section(body, "Waiting for the manager", view.Waiting, "Nothing waiting.");
            Section(body, "Approved", view.Approved, "None approved yet.");
            Section(body, "Declined, with the manager's reason", view.Declined, "None declined.");
            if (view.Closed.Count > 0)
            {
                Section(body, "Closed without a decision", view.Closed, string.Empty);
            }
        }

        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = view.IsEmpty ? Empty : $"{Title}: {view.Stalled.Count} stalled, {view.Waiting.Count} waiting, {view.Approved.Count} approved, {view.Declined.Count} declined",
        };
    }

    private static void Section(List<CardElement> body, string heading, IReadOnlyList<NominationRow> rows, string empty)
    {
        body.Add(new TextBlock($"{heading} ({rows.Count})") { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
        var lines = rows.Take(MaxRows).Select(r => $"- **{r.Nominee}** (manager: {r.Manager}): {r.Detail}").ToList();
        if (rows.Count > MaxRows)
        {
            lines.Add($"- …and {rows.Count - MaxRows} more");
        }

        body.Add(lines.Count > 0
            ? new TextBlock(string.Join("\n", lines)) { Wrap = true, Spacing = Spacing.Small }
            : new TextBlock(empty) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small });
    }
}
