using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChampionBot.Features.Commands;

/// <summary>
/// The one reader of what a card action sent (its hidden data merged with the inputs), bound to a typed record with
/// <c>[JsonPropertyName]</c> naming each field once. One rule for every card: text is trimmed and blank is null;
/// numbers come as JSON numbers or numeric strings (Teams sends inputs as strings, older clients as numbers); a
/// value that cannot be a number leaves its field empty and becomes a <see cref="CardDataProblem"/> naming the field,
/// while everything else the person typed is still read.
/// </summary>
public static class CardData
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new CardTextConverter(), new CardWholeNumberConverter(), new CardFlagConverter() },
    };

    public static CardRead<T> Read<T>(JsonElement? data)
        where T : class
    {
        var values = data is { ValueKind: JsonValueKind.Object } value ? value : EmptyObject;
        try
        {
            return new(values.Deserialize<T>(Options)!, []);
        }
        catch (JsonException)
        {
            // The rare garbled card: read it again field by field, leaving out what cannot be read.
            return ReadAround<T>(JsonNode.Parse(values.GetRawText())!.AsObject());
        }
    }

    /// <summary>
    /// A number typed by a person: trimmed, with a point or a comma as decimal separator ("2.5", "2,5"). A comma before
    /// three digits ("1,000") could be either a thousands separator or a decimal one, so it is not a number: the person
    /// is asked again rather than read wrongly.
    /// </summary>
    public static double? Number(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim();
        var comma = trimmed.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            var decimals = trimmed.Length - comma - 1;
            if (trimmed.IndexOf(',', comma + 1) >= 0 || trimmed.Contains('.', StringComparison.Ordinal) || decimals is < 1 or > 2)
            {
                return null;
            }

            trimmed = trimmed.Replace(',', '.');
        }

        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number)
            ? number
            : null;
    }

    /// <summary>A whole number as a card sends it: a JSON number or a numeric string, trimmed.</summary>
    internal static bool TryWholeNumber(string? text, out int number) =>
        int.TryParse(text?.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out number);

    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();

    private static CardRead<T> ReadAround<T>(JsonObject values)
        where T : class
    {
        var problems = new List<CardDataProblem>();
        while (true)
        {
            try
            {
                return new(values.Deserialize<T>(Options)!, problems);
            }
            catch (JsonException ex) when (FieldAt(values, ex.Path) is { } field)
            {
                var (parent, name) = field;
                problems.Add(new CardDataProblem(name, parent[name] is JsonValue typed ? typed.ToString() : string.Empty));
                parent.Remove(name);
            }
        }
    }

    /// <summary>The object holding the field at a path like <c>$.stored.minutesBefore</c>, and the field's name.</summary>
    private static (JsonObject Parent, string Name)? FieldAt(JsonObject root, string? path)
    {
        var names = path is { Length: > 2 } && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..].Split('.') : [];
        var parent = root;
        for (var i = 0; i < names.Length - 1; i++)
        {
            if (parent[names[i]] is not JsonObject inner)
            {
                return null;
            }

            parent = inner;
        }

        return names.Length > 0 && parent.ContainsKey(names[^1]) ? (parent, names[^1]) : null;
    }
}

/// <summary>A card's values as a typed record, and every field that could not be read.</summary>
public sealed record CardRead<T>(T Value, IReadOnlyList<CardDataProblem> Problems);

/// <summary>A field whose value could not be read, with what was typed, so the answer can say what was wrong.</summary>
public sealed record CardDataProblem(string Field, string Typed)
{
    public string Message => $"The card's {Field} \"{Typed.Trim()}\" isn't a whole number, so I couldn't use it.";
}
