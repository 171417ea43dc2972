using System.Text;
using System.Text.Json;
using ChampionBot.Testing.Fakes;

namespace ChampionBot.Tests.WeeklyLoop;

/// <summary>
/// A Markdown transcript of a conversation with the bot: who said what to whom, and each card flattened to what a
/// person reads on it (texts, facts as "title: value", inputs with their values, buttons in [brackets]).
/// </summary>
public sealed class TranscriptWriter
{
    private readonly StringBuilder _markdown = new();

    public TranscriptWriter(string title, string introduction) =>
        _markdown.Append("# ").AppendLine(title).AppendLine().AppendLine(introduction).AppendLine();

    public void Step(string heading) => _markdown.Append("## ").AppendLine(heading).AppendLine();

    public void Note(string text) => _markdown.Append('_').Append(text).AppendLine("_").AppendLine();

    public void Says(string from, string to, string text) =>
        _markdown.Append("**").Append(from).Append(" → ").Append(to).Append(":** ").AppendLine(text.Replace("\n", " ", StringComparison.Ordinal)).AppendLine();

    /// <summary>A card, flattened, as a block quote under "**from → to** (how):".</summary>
    public void Card(string from, string to, JsonElement card, string how = "card")
    {
        _markdown.Append("**").Append(from).Append(" → ").Append(to).Append(":** (").Append(how).AppendLine(")").AppendLine();
        foreach (var line in CardLines(card).SelectMany(l => l.Split('\n')))
        {
            _markdown.Append("> ").AppendLine(line.TrimEnd());
        }

        _markdown.AppendLine();
    }

    /// <summary>What the bot sent through the connector: plain texts and cards, in order.</summary>
    public void BotCalls(string to, IEnumerable<ConnectorCall> calls, string how = "card")
    {
        foreach (var call in calls)
        {
            if (call.Card is { } card)
            {
                Card("bot", to, card, call.Method == HttpMethod.Put ? "card updated in place" : how);
            }
            else if (!string.IsNullOrEmpty(call.Text))
            {
                Says("bot", to, call.Text);
            }
        }
    }

    /// <summary>An invoke answer: a card that replaces the one clicked, or a short message.</summary>
    public void InvokeAnswer(string to, string type, JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            Card("bot", to, value, "the clicked card is replaced by");
        }
        else
        {
            Says("bot", to, $"{value.GetString()} _({type})_");
        }
    }

    public async Task SaveAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, _markdown.ToString());
    }

    public override string ToString() => _markdown.ToString();

    /// <summary>The card's readable lines, in order, walking the Adaptive Card JSON generically.</summary>
    public static IReadOnlyList<string> CardLines(JsonElement card)
    {
        var lines = new List<string>();
        if (card.TryGetProperty("body", out var body))
        {
            Walk(body, lines);
        }

        if (card.TryGetProperty("actions", out var actions))
        {
            Walk(actions, lines);
        }

        return lines;
    }

    private static void Walk(JsonElement element, List<string> lines)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            var items = element.EnumerateArray().ToList();
            if (items.Count > 0 && items.All(IsAction))
            {
                lines.Add(string.Join(" ", items.Select(a => $"[{Text(a, "title")}]")));
                return;
            }

            items.ForEach(item => Walk(item, lines));
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var type = Text(element, "type");
        switch (type)
        {
            case "TextBlock":
                lines.Add(Text(element, "text"));
                return;
            case "RichTextBlock":
                lines.Add(string.Concat(element.GetProperty("inlines").EnumerateArray().Select(i => i.ValueKind == JsonValueKind.String ? i.GetString() : Text(i, "text"))));
                return;
            case "FactSet":
                lines.AddRange(element.GetProperty("facts").EnumerateArray().Select(f => $"{Text(f, "title")}: {Text(f, "value")}"));
                return;
            case "TableRow":
                var cells = new List<string>();
                Walk(element.GetProperty("cells"), cells);
                lines.Add(string.Join(" | ", cells));
                return;
            case not null when type.StartsWith("Input.", StringComparison.Ordinal):
                var label = element.TryGetProperty("label", out _) ? Text(element, "label") : Text(element, "id");
                var value = element.TryGetProperty("value", out var v) ? (v.ValueKind == JsonValueKind.String ? v.GetString() : v.GetRawText()) : null;
                lines.Add($"{label}: «{(string.IsNullOrEmpty(value) ? "…" : value)}»");
                return;
        }

        foreach (var property in element.EnumerateObject())
        {
            // Hidden data, Teams options and refresh/fallback plumbing are not what a person reads.
            if (property.Name is not ("data" or "msteams" or "refresh" or "fallback" or "selectAction" or "choices"))
            {
                Walk(property.Value, lines);
            }
        }
    }

    private static bool IsAction(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && Text(element, "type").StartsWith("Action.", StringComparison.Ordinal);

    private static string Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
