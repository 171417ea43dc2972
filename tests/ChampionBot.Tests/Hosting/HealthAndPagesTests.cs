using System.Net;
using ChampionBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace ChampionBot.Tests.Hosting;

/// <summary>The operator's endpoints and the pages the Teams app manifest links to.</summary>
public sealed class HealthAndPagesTests : IDisposable
{
    private readonly AppHost _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task Live_WhenRunning_Answers200()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_DatabaseMigrated_Answers200()
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Ready_DatabaseGone_Answers503ButLiveStays200()
    {
        using var client = _app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);

        SqliteConnection.ClearAllPools();
        Directory.Delete(_app.DatabaseFolder, recursive: true);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/health/live", UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("/privacy", "optout")]
    [InlineData("/terms", "voluntary")]
    public async Task ManifestLinks_PrivacyAndTerms_AreServedAsHtml(string path, string mentions)
    {
        using var client = _app.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
