using ChampionBot.Graph;
using ChampionBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChampionBot.Tests.Graph;

/// <summary>In local mode the app serves a Graph stand-in that the real Graph client reads, pages and all.</summary>
public sealed class LocalGraphTests : IDisposable
{
    private const string Alex = "a1000000-0000-4000-8000-000000000001";
    private readonly AppHost _app = new AppHost().With("Graph:LocalPageSize", "4");

    [Fact]
    public async Task CopilotUsageAsync_LocalStandIn_ReadsTheDemoOrganisationPageByPage()
    {
        var (client, pages) = Client();

        var rows = await client.CopilotUsageAsync("D30", CopilotReportFormat.Json, CancellationToken.None).ToListAsync();

        Assert.Equal(33, rows.Count);
        Assert.Equal(9, pages.Count); // 33 people, 4 a page
        Assert.Contains(rows, r => r.UserPrincipalName == "alexw@contoso.example" && r.Apps.Single(a => a.App == "Teams").LastActivityDate is not null);
        Assert.All(rows, r => Assert.Contains('@', r.UserPrincipalName));
    }

    [Fact]
    public async Task GetManagerAsync_LocalStandIn_ServesTheSeededManagerAnd404ForTheTop()
    {
        var (client, _) = Client();

        var manager = await client.GetManagerAsync("a1000000-0000-4000-8000-000000000002", CancellationToken.None);
        var user = await client.GetUserAsync("alexw@contoso.example", CancellationToken.None);

        Assert.Equal(Alex, manager?.Id);
        Assert.Equal(("Alex Wilber", Alex), (user?.DisplayName, user?.Id));
        Assert.Null(await client.GetManagerAsync("a1000000-0000-4000-8000-000000000008", CancellationToken.None));
        Assert.False(await client.ReportNamesConcealedAsync(CancellationToken.None));
    }

    [Fact]
    public async Task InstallAppAsync_LocalStandInTwice_InstalledThenAlreadyInstalled()
    {
        var (client, _) = Client();

        Assert.Equal(AppInstallOutcome.Installed, await client.InstallAppAsync(Alex, "championbot", CancellationToken.None));
        Assert.Equal(AppInstallOutcome.AlreadyInstalled, await client.InstallAppAsync(Alex, "championbot", CancellationToken.None));
    }

    [Fact]
    public void GraphEndpoint_LocalMode_IsTheStandIn()
    {
        var endpoint = _app.Services.GetRequiredService<GraphEndpoint>();

        Assert.True(endpoint.IsLocalStandIn);
        Assert.EndsWith("/local-graph/v1.0/", endpoint.BaseAddress.AbsoluteUri, StringComparison.Ordinal);
    }

    public void Dispose() => _app.Dispose();

    private (GraphClient Client, List<string> Pages) Client()
    {
        var pages = new List<string>();
        var counting = new CountingHandler(pages) { InnerHandler = _app.Server.CreateHandler() };
        var http = new HttpClient(counting) { BaseAddress = new Uri("http://localhost/local-graph/v1.0/") };
        return (new GraphClient(http, NullLogger<GraphClient>.Instance), pages);
    }

    private sealed class CountingHandler(List<string> pages) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath.Contains("getMicrosoft365CopilotUsageUserDetail", StringComparison.Ordinal))
            {
                pages.Add(request.RequestUri.Query);
            }

            return base.SendAsync(request, cancellationToken);
        }
    }
}
