using System.Net;
using ChampionBot.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Graph;

/// <summary>The Graph client against recorded-shape answers at the HTTP handler level.</summary>
public sealed class GraphClientTests
{
    [Fact]
    public async Task CopilotUsageAsync_TwoJsonPages_FollowsNextLinkAndReadsEveryRow()
    {
        var handler = new FakeGraphHandler()
            .Then(HttpStatusCode.OK, GraphFakes.Page(GraphFakes.BaseUrl + "copilot/next?$skiptoken=2", "ana@contoso.example", "bo@contoso.example"))
            .Then(HttpStatusCode.OK, GraphFakes.Page(null, "cy@contoso.example"));

        var rows = await GraphFakes.Direct(handler).CopilotUsageAsync("D30", CopilotReportFormat.Json, CancellationToken.None).ToListAsync();

        Assert.Equal(["ana@contoso.example", "bo@contoso.example", "cy@contoso.example"], rows.Select(r => r.UserPrincipalName));
        Assert.Equal("/v1.0/copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D30')", handler.Requests[0].RequestUri!.AbsolutePath);
        Assert.Contains("$format=application/json", handler.Requests[0].RequestUri!.Query, StringComparison.Ordinal);
        Assert.Equal(GraphFakes.BaseUrl + "copilot/next?$skiptoken=2", handler.Requests[1].RequestUri!.AbsoluteUri);
        var ana = rows[0];
        Assert.Equal(new DateOnly(2026, 12, 4), ana.Apps.Single(a => a.App == "Teams").LastActivityDate);
        Assert.Equal(new DateOnly(2026, 11, 20), ana.Apps.Single(a => a.App == "Word").LastActivityDate);
        Assert.Null(ana.Apps.Single(a => a.App == "Excel").LastActivityDate);
        Assert.Null(ana.Apps.Single(a => a.App == "PowerPoint").LastActivityDate);
    }

    [Fact]
    public async Task CopilotUsageAsync_Csv_ReadsRowsByColumnName()
    {
        const string csv = "\uFEFFReport Refresh Date,User Principal Name,Display Name,Last Activity Date,Copilot Chat Last Activity Date,"
            + "Microsoft Teams Copilot Last Activity Date,Word Copilot Last Activity Date,Excel Copilot Last Activity Date,"
            + "PowerPoint Copilot Last Activity Date,Outlook Copilot Last Activity Date,OneNote Copilot Last Activity Date,Loop Copilot Last Activity Date\n"
            + "2026-12-05,ana@contoso.example,\"Ana, Sales\",2026-12-04,2026-12-01,2026-12-04,,,,,,\n";
        var handler = new FakeGraphHandler().Then(HttpStatusCode.OK, csv, "application/octet-stream");

        var row = Assert.Single(await GraphFakes.Direct(handler).CopilotUsageAsync("D30", CopilotReportFormat.Csv, CancellationToken.None).ToListAsync());

        Assert.Equal("ana@contoso.example", row.UserPrincipalName);
        Assert.Equal(new DateOnly(2026, 12, 1), row.Apps.Single(a => a.App == "CopilotChat").LastActivityDate);
        Assert.Equal(new DateOnly(2026, 12, 4), row.Apps.Single(a => a.App == "Teams").LastActivityDate);
        Assert.Equal(2, row.Apps.Count(a => a.LastActivityDate is not null));
    }

    [Fact]
    public async Task CopilotUsageAsync_MissingColumn_LoggedOnceAndReadAsEmpty()
    {
        var page = GraphFakes.Page(null, "ana@contoso.example", "bo@contoso.example").Replace(",\"loopCopilotLastActivityDate\":\"\"", string.Empty, StringComparison.Ordinal);
        var logger = new FakeLogger<GraphClient>();

        var rows = await GraphFakes.Direct(new FakeGraphHandler().Then(HttpStatusCode.OK, page), logger)
            .CopilotUsageAsync("D30", CopilotReportFormat.Json, CancellationToken.None).ToListAsync();

        Assert.Equal(2, rows.Count);
        var warning = Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
        Assert.Contains("loopCopilotLastActivityDate", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopilotUsageAsync_UnexpectedShape_StopsWithOneWarningInsteadOfThrowing()
    {
        var logger = new FakeLogger<GraphClient>();

        var rows = await GraphFakes.Direct(new FakeGraphHandler().Then(HttpStatusCode.OK, "{\"rows\":[]}"), logger)
            .CopilotUsageAsync("D30", CopilotReportFormat.Json, CancellationToken.None).ToListAsync();

        Assert.Empty(rows);
        Assert.Single(logger.Collector.GetSnapshot(), r => r.Level == LogLevel.Warning);
    }

    [Fact]
    public async Task CopilotUsageAsync_NextLinkToAnotherHost_IsNotFollowed()
    {
        var handler = new FakeGraphHandler().Then(HttpStatusCode.OK, GraphFakes.Page("https://elsewhere.example/steal", "ana@contoso.example"));

        var rows = await GraphFakes.Direct(handler).CopilotUsageAsync("D30", CopilotReportFormat.Json, CancellationToken.None).ToListAsync();

        Assert.Single(rows);
        Assert.Single(handler.Requests);
    }

    [Fact]
    public async Task GetManagerAsync_NoManager404_ReturnsNull()
    {
        var handler = new FakeGraphHandler().Then(HttpStatusCode.NotFound, "{\"error\":{\"code\":\"Request_ResourceNotFound\",\"message\":\"x\"}}");

        Assert.Null(await GraphFakes.Direct(handler).GetManagerAsync("a1", CancellationToken.None));
        Assert.Equal("/v1.0/users/a1/manager", handler.Requests[0].RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task GetManagerAsync_Found_ReadsProfile()
    {
        var handler = new FakeGraphHandler().Then(HttpStatusCode.OK,
            "{\"id\":\"m1\",\"displayName\":\"Megan\",\"userPrincipalName\":\"megan@contoso.example\",\"jobTitle\":\"VP\",\"department\":\"Sales\"}");

        var manager = await GraphFakes.Direct(handler).GetManagerAsync("a1", CancellationToken.None);

        Assert.Equal(new GraphUser("m1", "Megan", "megan@contoso.example", "VP", "Sales"), manager);
    }

    [Fact]
    public async Task InstallAppAsync_409_IsAlreadyInstalled()
    {
        var handler = new FakeGraphHandler().Then(HttpStatusCode.Conflict, "{\"error\":{\"code\":\"Conflict\"}}");

        Assert.Equal(AppInstallOutcome.AlreadyInstalled, await GraphFakes.Direct(handler).InstallAppAsync("a1", "cat-1", CancellationToken.None));
        Assert.Equal(HttpMethod.Post, handler.Requests[0].Method);
        Assert.Equal("{\"teamsApp@odata.bind\":\"https://graph.example/v1.0/appCatalogs/teamsApps/cat-1\"}", handler.Bodies[0]);
    }

    [Fact]
    public async Task InstallAppAsync_201_IsInstalled()
    {
        var handler = new FakeGraphHandler().Then(HttpStatusCode.Created);

        Assert.Equal(AppInstallOutcome.Installed, await GraphFakes.Direct(handler).InstallAppAsync("a1", "cat-1", CancellationToken.None));
    }

    [Fact]
    public async Task ReportNamesConcealedAsync_SettingOn_IsTrue()
    {
        var handler = new FakeGraphHandler().Then(HttpStatusCode.OK, "{\"id\":\"x\",\"displayConcealedNames\":true}");

        Assert.True(await GraphFakes.Direct(handler).ReportNamesConcealedAsync(CancellationToken.None));
        Assert.Equal("/v1.0/admin/reportSettings", handler.Requests[0].RequestUri!.AbsolutePath);
    }

    [Fact]
    public async Task GetUserAsync_429WithRetryAfter_RetriesAfterTheDelayThroughTheRegisteredClient()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
        var handler = new FakeGraphHandler()
            .Then(HttpStatusCode.TooManyRequests, "{}", retryAfter: TimeSpan.FromSeconds(3))
            .Then(HttpStatusCode.OK, "{\"id\":\"a1\",\"displayName\":\"Ana\"}");
        await using var services = GraphFakes.Registered(handler, time);
        var client = services.GetRequiredService<GraphClient>();

        var call = client.GetUserAsync("a1", CancellationToken.None);
        for (var i = 0; i < 200 && !call.IsCompleted; i++)
        {
            await Task.Yield();
            time.Advance(TimeSpan.FromMilliseconds(100));
        }

        Assert.Equal("a1", (await call)!.Id);
        Assert.Equal(2, handler.Requests.Count);
        Assert.Equal(new Uri(GraphFakes.BaseUrl + "users/a1?$select=id,displayName,userPrincipalName,jobTitle,department"), handler.Requests[1].RequestUri);
    }

    [Fact]
    public async Task GetUserAsync_Forbidden_ThrowsGraphExceptionWithTheStatus()
    {
        var failure = await Assert.ThrowsAsync<GraphException>(() =>
            GraphFakes.Direct(new FakeGraphHandler().Then(HttpStatusCode.Forbidden)).GetUserAsync("a1", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, failure.Status);
    }
}
