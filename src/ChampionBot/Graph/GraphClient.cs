using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace ChampionBot.Graph;

/// <summary>
/// The bot's Microsoft Graph calls, over one typed HttpClient (base address, token and retries are set up in
/// <see cref="GraphExtensions.AddGraph"/>): people by Entra object id, their manager, the Copilot usage report page by
/// page, the report privacy setting, and the proactive install of this app. A typed client rather than the
/// Microsoft.Graph SDK: the usage report has no request builder there, and it must be read as a stream of pages.
/// Every request is built from a registered <see cref="GraphCall"/> (<see cref="GraphCalls"/>), which is what
/// <c>privacy</c> and the README list, so they cannot drift from what the bot calls.
/// </summary>
public sealed partial class GraphClient(HttpClient http, ILogger<GraphClient> logger)
{
    private const string UserFields = "$select=id,displayName,userPrincipalName,jobTitle,department";

    /// <summary>The registered call a request was built from, on every request this client sends.</summary>
    public static readonly HttpRequestOptionsKey<GraphCall> CallOption = new("ChampionBot.GraphCall");

    /// <summary>A user by object id (or UPN, to resolve one to an id); null when the directory has no such user.</summary>
    public Task<GraphUser?> GetUserAsync(string idOrUpn, CancellationToken cancellationToken) =>
        GetOrNullAsync(GraphCalls.User, $"{GraphCalls.User.Path(idOrUpn)}?{UserFields}", "a user", cancellationToken);

    /// <summary>The user's manager; null when they have none or have left (404).</summary>
    public Task<GraphUser?> GetManagerAsync(string objectId, CancellationToken cancellationToken) =>
        GetOrNullAsync(GraphCalls.Manager, $"{GraphCalls.Manager.Path(objectId)}?{UserFields}", "a manager", cancellationToken);

    /// <summary>Whether reports show hashes instead of names (<c>admin/reportSettings</c>); then no row can be joined to a person.</summary>
    public async Task<bool> ReportNamesConcealedAsync(CancellationToken cancellationToken)
    {
        using var response = await SendAsync(GraphCalls.ReportSettings, GraphCalls.ReportSettings.Path(), null, HttpCompletionOption.ResponseContentRead, cancellationToken);
        Ensure(response, "the report settings");
        var settings = await response.Content.ReadFromJsonAsync(GraphJsonContext.Default.GraphReportSettings, cancellationToken);
        return settings?.DisplayConcealedNames ?? false;
    }

    /// <summary>Installs this app for a user so the bot can reach them 1:1; 409 means it already was.</summary>
    public async Task<AppInstallOutcome> InstallAppAsync(string userObjectId, string catalogAppId, CancellationToken cancellationToken)
    {
        var body = new GraphAppInstallation(new Uri(http.BaseAddress!, $"appCatalogs/teamsApps/{Uri.EscapeDataString(catalogAppId)}").AbsoluteUri);
        using var response = await SendAsync(
            GraphCalls.InstallApp, GraphCalls.InstallApp.Path(userObjectId), JsonContent.Create(body, GraphJsonContext.Default.GraphAppInstallation),
            HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return AppInstallOutcome.AlreadyInstalled;
        }

        Ensure(response, "the app install");
        return AppInstallOutcome.Installed;
    }

    /// <summary>
    /// The Microsoft 365 Copilot usage user detail report, row by row: one page (JSON, following <c>@odata.nextLink</c>)
    /// or one CSV line at a time, so a tenant's whole report is never in memory. A page in an unexpected shape ends the
    /// read with one log line; a missing column is logged once and read as empty.
    /// </summary>
    public async IAsyncEnumerable<CopilotUsageRow> CopilotUsageAsync(
        string period, CopilotReportFormat format, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var missing = new HashSet<string>(StringComparer.Ordinal);
        void Missing(string column)
        {
            if (missing.Add(column))
            {
                LogMissingColumn(logger, column);
            }
        }

        var query = format == CopilotReportFormat.Json ? "$format=application/json" : "$format=text/csv";
        string? next = $"{GraphCalls.CopilotUsage.Path(period)}?{query}";
        while (next is not null)
        {
            using var response = await SendAsync(GraphCalls.CopilotUsage, next, null, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            Ensure(response, "the Copilot usage report");
            var type = response.Content.Headers.ContentType?.MediaType;
            await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
            if (string.Equals(type, "application/json", StringComparison.OrdinalIgnoreCase))
            {
                using var page = await JsonDocument.ParseAsync(body, default, cancellationToken);
                if (CopilotUsageFormats.ParseJsonPage(page.RootElement, Missing) is not { } parsed)
                {
                    LogUnexpectedReport(logger, "a JSON page without a 'value' array");
                    yield break;
                }

                foreach (var row in parsed.Rows)
                {
                    yield return row;
                }

                next = SameGraph(parsed.NextLink);
            }
            else if (type is "text/csv" or "application/octet-stream")
            {
                await foreach (var row in CopilotUsageFormats.ReadCsvAsync(body, Missing, cancellationToken))
                {
                    yield return row;
                }

                next = null;
            }
            else
            {
                LogUnexpectedReport(logger, $"content type '{type}'");
                yield break;
            }
        }
    }

    /// <summary>The bot's token goes only to Graph: a next link elsewhere ends the read.</summary>
    private string? SameGraph(string? nextLink)
    {
        if (nextLink is null)
        {
            return null;
        }

        if (Uri.TryCreate(nextLink, UriKind.Absolute, out var uri) && http.BaseAddress is { } graph
            && Uri.Compare(uri, graph, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) == 0)
        {
            return nextLink;
        }

        LogUnexpectedReport(logger, "a next link to another host");
        return null;
    }

    /// <summary>The one way a request leaves: built from its registered <see cref="GraphCall"/>, which it carries (<see cref="CallOption"/>).</summary>
    private Task<HttpResponseMessage> SendAsync(
        GraphCall call, string pathAndQuery, HttpContent? content, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        var request = new HttpRequestMessage(new HttpMethod(call.Method), new Uri(pathAndQuery, UriKind.RelativeOrAbsolute)) { Content = content };
        request.Options.Set(CallOption, call);
        return http.SendAsync(request, completion, cancellationToken);
    }

    private async Task<GraphUser?> GetOrNullAsync(GraphCall call, string path, string operation, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(call, path, null, HttpCompletionOption.ResponseContentRead, cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        Ensure(response, operation);
        return await response.Content.ReadFromJsonAsync(GraphJsonContext.Default.GraphUser, cancellationToken);
    }

    private static void Ensure(HttpResponseMessage response, string operation)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new GraphException(operation, response.StatusCode);
        }
    }

    [LoggerMessage(EventId = 6001, Level = LogLevel.Warning,
        Message = "The Copilot usage report has no column '{Column}': read as empty (Graph may have renamed it)")]
    private static partial void LogMissingColumn(ILogger logger, string column);

    [LoggerMessage(EventId = 6002, Level = LogLevel.Warning,
        Message = "The Copilot usage report came in an unexpected shape ({Shape}): the rest of it is skipped")]
    private static partial void LogUnexpectedReport(ILogger logger, string shape);
}

/// <summary>The two formats Graph serves the usage report in.</summary>
public enum CopilotReportFormat
{
    Json,
    Csv,
}
