using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;

namespace ChampionBot.Graph;

/// <summary>
/// Reads the Copilot usage report in both of Graph's formats. A missing column is reported (once per read, by the
/// caller) and read as empty; a row without a user principal name is skipped. Nothing here throws on odd data.
/// </summary>
internal static class CopilotUsageFormats
{
    private const string UpnColumn = "userPrincipalName";
    private const string RefreshColumn = "reportRefreshDate";

    /// <summary>One JSON page, or null when the page is not the report's shape (no <c>value</c> array).</summary>
    public static (List<CopilotUsageRow> Rows, string? NextLink)? ParseJsonPage(JsonElement root, Action<string> missingColumn)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var rows = new List<CopilotUsageRow>(value.GetArrayLength());
        foreach (var item in value.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            string? Read(string column)
            {
                if (!item.TryGetProperty(column, out var property))
                {
                    missingColumn(column);
                    return null;
                }

                return property.ValueKind == JsonValueKind.String ? property.GetString() : null;
            }

            if (Row(Read(UpnColumn), Read(RefreshColumn), Read) is { } row)
            {
                rows.Add(row);
            }
        }

        var next = root.TryGetProperty("@odata.nextLink", out var link) && link.ValueKind == JsonValueKind.String ? link.GetString() : null;
        return (rows, next);
    }

    /// <summary>The CSV download (one file, no paging), read line by line.</summary>
    public static async IAsyncEnumerable<CopilotUsageRow> ReadCsvAsync(Stream body, Action<string> missingColumn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(body, Encoding.UTF8);
        if (await reader.ReadLineAsync(cancellationToken) is not { } header)
        {
            yield break;
        }

        var columns = Split(header.TrimStart('\uFEFF'))
            .Select((name, index) => (Key: CopilotApps.Key(name), index))
            .GroupBy(c => c.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().index, StringComparer.Ordinal);
        foreach (var column in new[] { UpnColumn, RefreshColumn }.Concat(CopilotApps.Columns.Select(c => c.Column)))
        {
            if (!columns.ContainsKey(CopilotApps.Key(column)))
            {
                missingColumn(column);
            }
        }

        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var fields = Split(line);
            string? Read(string column) => columns.TryGetValue(CopilotApps.Key(column), out var index) && index < fields.Count ? fields[index] : null;
            if (Row(Read(UpnColumn), Read(RefreshColumn), Read) is { } row)
            {
                yield return row;
            }
        }
    }

    private static CopilotUsageRow? Row(string? upn, string? refresh, Func<string, string?> read)
    {
        if (string.IsNullOrWhiteSpace(upn))
        {
            return null;
        }

        var apps = new CopilotAppActivity[CopilotApps.Columns.Count];
        for (var i = 0; i < apps.Length; i++)
        {
            var (app, column) = CopilotApps.Columns[i];
            apps[i] = new CopilotAppActivity(app, Date(read(column)));
        }

        return new CopilotUsageRow(upn.Trim(), Date(refresh), apps);
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>One CSV line: commas separate, double quotes enclose (a doubled quote is a quote).</summary>
    internal static List<string> Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
