using System.Text.Json.Nodes;

namespace ChampionBot.Testing.Cards;

/// <summary>
/// Teams' chart elements (<c>Chart.VerticalBar</c>, <c>Chart.Line</c>, <c>Chart.HorizontalBar.Stacked</c>,
/// <c>Chart.Donut</c>, <c>Chart.Gauge</c>) are outside the Adaptive Cards 1.5 schema. The checks know them as Teams
/// extensions: each chart's properties (and its data's) must be ones Teams documents, it must carry a fallback element,
/// and the card is then checked against 1.5 with each chart replaced by its fallback, which is what a client that cannot
/// draw charts shows.
/// </summary>
public static class TeamsChartExtensions
{
    private static readonly string[] Common =
        ["type", "id", "spacing", "separator", "isVisible", "height", "horizontalAlignment", "lang", "requires", "targetWidth", "grid.area", "fallback", "title", "colorSet"];

    private static readonly Dictionary<string, (string[] Properties, string DataProperty, string[] Item, string? Nested, string[] NestedItem)> Charts = new(StringComparer.Ordinal)
    {
        ["Chart.VerticalBar"] = (["data", "xAxisTitle", "yAxisTitle", "color", "showBarValues"], "data", ["x", "y", "color"], null, []),
        ["Chart.Line"] = (["data", "xAxisTitle", "yAxisTitle", "color", "yMin", "yMax"], "data", ["legend", "values", "color"], "values", ["x", "y"]),
        ["Chart.HorizontalBar.Stacked"] = (["data", "xAxisTitle", "yAxisTitle"], "data", ["title", "data"], "data", ["legend", "value", "color"]),
        ["Chart.Donut"] = (["data"], "data", ["legend", "value", "color"], null, []),
        ["Chart.Gauge"] = (["value", "min", "max", "segments", "valueFormat", "subLabel", "showLegend", "showMinMax"], "segments", ["legend", "size", "color"], null, []),
    };

    public static IReadOnlyCollection<string> KnownTypes => Charts.Keys;

    /// <summary>The card as a 1.5 client sees it (each chart replaced by its fallback), and what is wrong with its charts.</summary>
    public static (string Json, IReadOnlyList<string> Problems) Lower(string cardJson)
    {
        var root = JsonNode.Parse(cardJson);
        if (root is null)
        {
            return (cardJson, []);
        }

        var problems = new List<string>();
        var lowered = Lower(root, string.Empty, problems);
        return (lowered?.ToJsonString() ?? cardJson, problems);
    }

    private static JsonNode? Lower(JsonNode node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonObject element when element["type"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                && Charts.TryGetValue(element["type"]!.GetValue<string>(), out var chart):
                var type = element["type"]!.GetValue<string>();
                Check(element, path, type, Common.Concat(chart.Properties), problems);
                if (element[chart.DataProperty] is not JsonArray data || data.Count == 0)
                {
                    problems.Add($"{path}/{chart.DataProperty} ({type}): a chart needs data");
                }
                else
                {
                    CheckItems(data, $"{path}/{chart.DataProperty}", type, chart.Item, chart.Nested, chart.NestedItem, problems);
                }

                if (element["fallback"] is not JsonObject fallback)
                {
                    problems.Add($"{path} ({type}): a Teams chart needs a fallback element that says the same in words");
                    return null;
                }

                return Lower(fallback.DeepClone(), path + "/fallback", problems);

            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (obj[name] is { } child)
                    {
                        var lowered = Lower(child, $"{path}/{name}", problems);
                        obj[name] = lowered is null ? null : ReferenceEquals(lowered, child) ? child : lowered;
                    }
                }

                return obj;

            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is not { } item)
                    {
                        continue;
                    }

                    var lowered = Lower(item, $"{path}/{i}", problems);
                    if (lowered is null)
                    {
                        array.RemoveAt(i);
                    }
                    else if (!ReferenceEquals(lowered, item))
                    {
                        array[i] = lowered;
                    }
                }

                return array;

            default:
                return node;
        }
    }

    private static void CheckItems(JsonArray items, string path, string type, string[] allowed, string? nested, string[] nestedAllowed, List<string> problems)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is not JsonObject item)
            {
                problems.Add($"{path}/{i} ({type}): expected an object");
                continue;
            }

            Check(item, $"{path}/{i}", type, allowed, problems);
            if (nested is not null && item[nested] is JsonArray inner)
            {
                CheckItems(inner, $"{path}/{i}/{nested}", type, nestedAllowed, null, [], problems);
            }
        }
    }

    private static void Check(JsonObject obj, string path, string type, IEnumerable<string> allowed, List<string> problems)
    {
        var known = allowed.ToHashSet(StringComparer.Ordinal);
        problems.AddRange(obj.Where(p => !known.Contains(p.Key)).Select(p => $"{path}/{p.Key} ({type}): property not documented for this Teams chart"));
    }
}
