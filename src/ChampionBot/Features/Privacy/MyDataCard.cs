using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Privacy;

/// <summary>Everything stored about the person, section by section, with counts.</summary>
public static class MyDataCard
{
    public const string Title = "Everything I store about you";

    /// <summary>Rows shown per section; a card has a size limit, and the count always shows the full number.</summary>
    private const int MaxLines = 25;

    public static AdaptiveCard Build(IReadOnlyList<PersonalDataSection> sections)
    {
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("Only you see this. Type **forget me** to delete it, or **optout** to stop my messages.") { Wrap = true, IsSubtle = true, Spacing = Spacing.Small },
        };
        foreach (var section in sections)
        {
            body.Add(new TextBlock($"{section.Title} ({section.Count})") { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
            if (section.Note is { } note)
            {
                body.Add(new TextBlock(note) { Wrap = true, IsSubtle = true, Size = TextSize.Small, Spacing = Spacing.Small });
            }

            var lines = section.Lines.Take(MaxLines).Select(l => "- " + l).ToList();
            if (section.Lines.Count > MaxLines)
            {
                lines.Add($"- …and {section.Lines.Count - MaxLines} more");
            }

            if (lines.Count > 0)
            {
                body.Add(new TextBlock(string.Join("\n", lines)) { Wrap = true, Spacing = Spacing.Small });
            }
            else if (section.Count == 0)
            {
                body.Add(new TextBlock("Nothing stored.") { IsSubtle = true, Spacing = Spacing.Small });
            }
        }

        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = Title + ": " + string.Join(", ", sections.Select(s => $"{s.Title} {s.Count}")),
        };
    }
}
