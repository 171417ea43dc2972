using ChampionBot.AdaptiveCards;
using ChampionBot.Graph;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// The <c>privacy</c> answer, generated from the registries the code itself uses: <see cref="GraphCalls"/> (every
/// request to Microsoft Graph is built from one), <see cref="TeamsReads"/> (every connector read of people),
/// <see cref="BotActions"/> (every proactive message is stored under one
/// of its kinds) and <see cref="StoredData"/> (every table in the model has an entry). It cannot drift from what the bot does.
/// </summary>
public static class PrivacyCard
{
    public const string Title = "What I read, what I do, what I keep";

    /// <summary>The card's sections; each Graph call's endpoint filled in as <paramref name="graph"/> makes the bot call it.</summary>
    public static IReadOnlyList<(string Heading, IReadOnlyList<string> Lines)> Sections(GraphOptions graph)
    {
        var readings = GraphCalls.Readings(graph);
        string Call(GraphCall c) => $"{c.Sentence} ({c.Readable(readings)}, permission {c.Permission})";
        return
        [
            ("What I read from Microsoft Graph", [.. GraphCalls.All.Where(c => !c.ActsOnPerson).Select(c => Call(c) + ".")]),
            ("What I read from Teams", [.. TeamsReads.All.Select(r => $"{r.Reads}, {r.Purpose}."), TeamsReads.WithEachMessage]),
            ("What I can do about a person", [
                .. BotActions.Messages.Values.Select(m => $"Send {m.Name}: {m.WhenSent}."),
                .. GraphCalls.All.Where(c => c.ActsOnPerson).Select(c => $"Through Microsoft Graph: {Call(c)}."),
                .. BotActions.Other]),
            ("What I store about people, and for how long", [
                StoredData.Where,
                .. StoredData.Tables.Values.Where(t => t.AboutPeople).Select(t => $"{Capital(t.What)}: {t.HowLong}."),
                .. StoredData.KeptByTeams]),
            ("Also stored, about no one in particular", [.. StoredData.Tables.Values.Where(t => !t.AboutPeople).Select(t => $"{Capital(t.What)}: {t.HowLong}.")]),
        ];
    }

    public static AdaptiveCard Build(GraphOptions graph)
    {
        var sections = Sections(graph);
        var body = new List<CardElement>
        {
            new TextBlock(Title) { Size = TextSize.Large, Weight = TextWeight.Bolder, Wrap = true },
            new TextBlock("This list is made from the code's own registry of what it calls and stores.") { Wrap = true, IsSubtle = true, Spacing = Spacing.Small },
        };
        foreach (var (heading, lines) in sections)
        {
            body.Add(new TextBlock(heading) { Weight = TextWeight.Bolder, Wrap = true, Separator = true, Spacing = Spacing.Medium });
            body.Add(new TextBlock(string.Join("\n", lines.Select(l => "- " + l))) { Wrap = true, Spacing = Spacing.Small });
        }

        body.Add(new TextBlock(Choices) { Wrap = true, Separator = true, Spacing = Spacing.Medium });
        return new AdaptiveCard
        {
            Body = body,
            MsTeams = TeamsCardOptions.FullWidth,
            FallbackText = Title + ": " + string.Join("; ", sections.Select(s => s.Heading)),
        };
    }

    public const string Choices =
        "Your choices: **optout** (no messages from me), **optout usage** (no Copilot usage lookups), **optout nominations** " +
        "(never nominated), **optin** to undo each, **mydata** to see what I store about you, **forget me** to delete it.";

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
