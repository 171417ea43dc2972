using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace ChampionBot.Graph.LocalGraph;

/// <summary>
/// The built-in Microsoft Graph stand-in of local mode: just the endpoints the bot calls, in Graph's wire format, over
/// the demo organisation, so the Graph client that runs against a tenant runs here too. Mapped only in local anonymous
/// mode (which itself runs only in Development, on this machine).
/// </summary>
public static class LocalGraphEndpoints
{
    public const string Prefix = "/local-graph/v1.0";

    public static IEndpointRouteBuilder MapLocalGraph(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(Prefix).ExcludeFromDescription();
        group.MapGet("/users/{id}", (string id, ILocalDirectory people, HttpContext context) =>
            people.Find(id) is { } person ? WriteAsync(context, 200, w => User(w, person)) : NotFoundAsync(context));
        group.MapGet("/users/{id}/manager", (string id, ILocalDirectory people, HttpContext context) =>
            people.Find(id)?.ManagerObjectId is { } manager && people.Find(manager) is { } found
                ? WriteAsync(context, 200, w => User(w, found))
                : NotFoundAsync(context));
        group.MapGet("/admin/reportSettings", (HttpContext context) => WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("displayConcealedNames", false);
            w.WriteEndObject();
        }));
        group.MapGet("/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='{period}')",
            (HttpContext context, ILocalDirectory people, TimeProvider time, IOptions<GraphOptions> options) =>
                ReportPageAsync(context, people, DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime), options.Value.LocalPageSize));
        group.MapPost("/users/{id}/teamwork/installedApps", (string id, ILocalDirectory people, LocalInstalls installs, HttpContext context) =>
            people.Find(id) is null ? NotFoundAsync(context)
            : installs.Add(id) ? WriteAsync(context, 201, w => { w.WriteStartObject(); w.WriteString("id", id); w.WriteEndObject(); })
            : ErrorAsync(context, 409, "Conflict", "The app is already installed for this user."));
        return endpoints;
    }

    private static Task ReportPageAsync(HttpContext context, ILocalDirectory people, DateOnly today, int pageSize)
    {
        var start = int.TryParse(context.Request.Query["$skiptoken"], NumberStyles.None, CultureInfo.InvariantCulture, out var token) ? token : 0;
        var end = Math.Min(people.Count, start + pageSize);
        return WriteAsync(context, 200, w =>
        {
            w.WriteStartObject();
            if (end < people.Count)
            {
                var request = context.Request;
                w.WriteString("@odata.nextLink",
                    $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?$format=application/json&$skiptoken={end.ToString(CultureInfo.InvariantCulture)}");
            }

            w.WriteStartArray("value");
            for (var i = start; i < end; i++)
            {
                Row(w, people[i], today);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    private static void Row(Utf8JsonWriter w, LocalPerson person, DateOnly today)
    {
        string? Date(int? daysAgo) => daysAgo is { } days ? today.AddDays(-days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var usage = person.CopilotDaysAgo ?? new Dictionary<string, int?>();
        w.WriteStartObject();
        w.WriteString("reportRefreshDate", Date(0));
        w.WriteString("userPrincipalName", person.UserPrincipalName);
        w.WriteString("displayName", person.DisplayName);
        w.WriteString("lastActivityDate", Date(usage.Values.Where(v => v is not null).Min()));
        foreach (var (app, column) in CopilotApps.Columns)
        {
            w.WriteString(column, Date(usage.GetValueOrDefault(app)));
        }

        w.WriteEndObject();
    }

    private static void User(Utf8JsonWriter w, LocalPerson person)
    {
        w.WriteStartObject();
        w.WriteString("id", person.ObjectId);
        w.WriteString("displayName", person.DisplayName);
        w.WriteString("userPrincipalName", person.UserPrincipalName);
        w.WriteString("jobTitle", person.JobTitle);
        w.WriteString("department", person.Department);
        w.WriteEndObject();
    }

    private static Task NotFoundAsync(HttpContext context) =>
        ErrorAsync(context, 404, "Request_ResourceNotFound", "Resource does not exist or one of its queried reference-property objects are not present.");

    private static Task ErrorAsync(HttpContext context, int status, string code, string message) => WriteAsync(context, status, w =>
    {
        w.WriteStartObject();
        w.WriteStartObject("error");
        w.WriteString("code", code);
        w.WriteString("message", message);
        w.WriteEndObject();
        w.WriteEndObject();
    });

    private static async Task WriteAsync(HttpContext context, int status, Action<Utf8JsonWriter> write)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await using (var writer = new Utf8JsonWriter(context.Response.BodyWriter))
        {
            write(writer);
        }

        await context.Response.BodyWriter.FlushAsync(context.RequestAborted);
    }
}

/// <summary>Which users the stand-in has installed the app for (so a second install answers 409, as Graph does).</summary>
public sealed class LocalInstalls
{
    private readonly ConcurrentDictionary<string, bool> _installed = new(StringComparer.OrdinalIgnoreCase);

    public bool Add(string userId) => _installed.TryAdd(userId, true);
}
