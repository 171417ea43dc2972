using System.Text.Json;
using Json.Schema;

namespace ChampionBot.Testing.Cards;

/// <summary>
/// Turns a failed schema evaluation into a few readable lines. The raw output lists every branch of every
/// <c>anyOf</c> (one per element type), so a single misspelled property yields dozens of errors. Instead, each
/// object with a <c>type</c> is checked against the one definition its type names, and only errors that belong to
/// that object itself (not to a nested typed object, which is checked on its own) are kept.
/// </summary>
internal static class SchemaProblemFinder
{
    public static IReadOnlyList<string> Explain(AdaptiveCardSchema schema, JsonElement card, EvaluationResults wholeResults)
    {
        var problems = new List<string>();
        foreach (var (pointer, element, type) in TypedObjects(card, "", isRoot: true))
        {
            if (!schema.HasDefinition(type))
            {
                problems.Add($"{Show(pointer)}: unknown type \"{type}\"");
                continue;
            }

            var results = schema.ForDefinition(type).Evaluate(element, new EvaluationOptions { OutputFormat = OutputFormat.List });
            foreach (var (location, message) in Errors(results))
            {
                if (!PassesThroughTypedObject(element, location))
                {
                    problems.Add($"{Show(pointer + location)} ({type}): {message}");
                }
            }
        }

        // Every object is fine on its own, so one sits where its type is not allowed (e.g. a Column in the body).
        return problems.Count > 0
            ? problems.Distinct().ToList()
            : Errors(wholeResults).Select(e => $"{Show(e.Location)}: {e.Message}").Distinct().Take(20).ToList();
    }

    private static IEnumerable<(string Pointer, JsonElement Element, string Type)> TypedObjects(JsonElement node, string pointer, bool isRoot)
    {
        if (node.ValueKind == JsonValueKind.Object)
        {
            if (isRoot || node.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
            {
                yield return (pointer, node, isRoot ? "AdaptiveCard" : node.GetProperty("type").GetString()!);
            }

            foreach (var property in node.EnumerateObject())
            {
                foreach (var found in TypedObjects(property.Value, $"{pointer}/{Escape(property.Name)}", isRoot: false))
                {
                    yield return found;
                }
            }
        }
        else if (node.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var item in node.EnumerateArray())
            {
                foreach (var found in TypedObjects(item, $"{pointer}/{index++}", isRoot: false))
                {
                    yield return found;
                }
            }
        }
    }

    private static IEnumerable<(string Location, string Message)> Errors(EvaluationResults results) =>
        (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (d.InstanceLocation.ToString(), Describe(e.Key, e.Value))));

    private static string Describe(string keyword, string message) =>
        message.Contains("false schema", StringComparison.Ordinal) ? "property not allowed here" : $"{keyword}: {message}";

    /// <summary>True when the error sits at or under an object, below the checked one, that has a type of its own.</summary>
    private static bool PassesThroughTypedObject(JsonElement element, string location)
    {
        var current = element;
        foreach (var segment in location.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Unescape))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(segment, out var child))
            {
                current = child;
            }
            else if (current.ValueKind == JsonValueKind.Array && int.TryParse(segment, out var i) && i < current.GetArrayLength())
            {
                current = current[i];
            }
            else
            {
                return false;
            }

            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String)
            {
                return true;
            }
        }

        return false;
    }

    private static string Show(string pointer) => pointer.Length == 0 ? "(card)" : pointer;

    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    private static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
