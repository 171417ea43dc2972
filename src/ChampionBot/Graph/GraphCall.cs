using System.Text.RegularExpressions;

namespace ChampionBot.Graph;

/// <summary>
/// One kind of request the bot makes to Microsoft Graph: the endpoint, the application permission it needs, and what
/// it is for, in words a participant reads (<c>privacy</c>). <see cref="GraphClient"/> builds every request from one of
/// these (<see cref="GraphCalls"/>), so the list people and admins read is the list the code uses.
/// </summary>
public sealed partial record GraphCall(string Method, string PathTemplate, string Permission, string Reads, string Purpose, bool ActsOnPerson = false)
{
    /// <summary>The request path, each <c>{placeholder}</c> filled in order with an escaped value.</summary>
    public string Path(params string[] values)
    {
        var index = 0;
        var path = Placeholder().Replace(PathTemplate, _ => Uri.EscapeDataString(values[index++]));
        return index == values.Length
            ? path
            : throw new ArgumentException($"'{PathTemplate}' takes {index} values, not {values.Length}.", nameof(values));
    }

    /// <summary>What the call reads (or does) and why, as one sentence without its endpoint.</summary>
    public string Sentence => char.ToUpperInvariant(Reads[0]) + Reads[1..] + ", " + Purpose;

    /// <summary>The endpoint as admins read it, placeholders and all: <c>GET users/{id}</c>.</summary>
    public string Endpoint => $"{Method} {PathTemplate}";

    /// <summary>
    /// The endpoint as anyone reads it, each placeholder filled as the code fills it, or said in words where the value is a
    /// person's: <c>GET /copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30')</c>, <c>GET /users/(a participant's id)</c>.
    /// </summary>
    public string Readable(IReadOnlyDictionary<string, string> values) =>
        $"{Method} /" + Placeholder().Replace(PathTemplate, m => values.TryGetValue(m.Value[1..^1], out var value)
            ? value
            : throw new ArgumentException($"'{PathTemplate}' has {m.Value}, which has no reading.", nameof(values)));

    /// <summary>Whether a request path (relative to Graph's version root, without the query) is one of this call's.</summary>
    public bool Matches(string method, string relativePath) =>
        string.Equals(method, Method, StringComparison.OrdinalIgnoreCase)
        && Regex.IsMatch(relativePath, "^" + Placeholder().Replace(Regex.Escape(PathTemplate).Replace(@"\{", "{", StringComparison.Ordinal), "[^/]+") + "$");

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex Placeholder();
}

/// <summary>Every Graph call the bot makes. A call not listed here cannot be made: <see cref="GraphClient"/> builds its requests from these.</summary>
public static class GraphCalls
{
    public static readonly GraphCall User = new(
        "GET", "users/{id}", "User.Read.All",
        "a participant's directory profile (name, sign-in name, job title, department)",
        "to group what people dread by role and team, and to join the Copilot usage report (which names people by sign-in name) to them");

    public static readonly GraphCall Manager = new(
        "GET", "users/{id}/manager", "User.Read.All",
        "a participant's manager (name and sign-in name)",
        "to send a champion nomination to the nominee's own manager, who decides it");

    public static readonly GraphCall CopilotUsage = new(
        "GET", "copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='{period}')", "Reports.Read.All",
        "the Microsoft 365 Copilot usage report: the date each person last used each Copilot app (never what they did)",
        "as evidence in champion scores (breadth and recency), except for people who typed optout usage");

    public static readonly GraphCall ReportSettings = new(
        "GET", "admin/reportSettings", "ReportSettings.Read.All",
        "whether the tenant's usage reports conceal names (a tenant setting, about no one in particular)",
        "so that usage is never matched to the wrong person: with concealed names it is left out and the owners are told");

    public static readonly GraphCall InstallApp = new(
        "POST", "users/{id}/teamwork/installedApps", "TeamsAppInstallation.ReadWriteSelfForUser.All",
        "installs this app (only this one) for a participant",
        "so that an enrolled participant who never opened the bot can get challenges 1:1",
        ActsOnPerson: true);

    public static IReadOnlyList<GraphCall> All { get; } = [User, Manager, CopilotUsage, ReportSettings, InstallApp];

    /// <summary>What fills each placeholder of <see cref="All"/> (for <see cref="GraphCall.Readable"/>): the report period the bot asks for, and people in words.</summary>
    public static IReadOnlyDictionary<string, string> Readings(GraphOptions options) => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["id"] = "(a participant's id)",
        ["period"] = options.ReportPeriod,
    };

    /// <summary>The application permissions the calls need, each once, in the order of <see cref="All"/>.</summary>
    public static IReadOnlyList<string> Permissions { get; } = [.. All.Select(c => c.Permission).Distinct(StringComparer.Ordinal)];

    /// <summary>The README's permission table: one row per permission, naming the endpoints that need it.</summary>
    public static string PermissionsMarkdown() =>
        "| permission | what the bot reads or does with it, and why |\n| --- | --- |\n" + string.Concat(Permissions.Select(permission =>
        {
            var calls = All.Where(c => c.Permission == permission).ToList();
            return $"| `{permission}` | {string.Join(" ", calls.Select(c => $"{c.Sentence} (`{c.Endpoint}`)."))} |\n";
        }));
}
