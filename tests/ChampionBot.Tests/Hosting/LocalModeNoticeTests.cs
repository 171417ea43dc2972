using ChampionBot.Tests.Data;
using ChampionBot.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Tests.Hosting;

/// <summary>The start-up hint in local mode runs the Playground version the README and the end-to-end tests pin.</summary>
public sealed class LocalModeNoticeTests
{
    [Fact]
    public void Start_LocalAnonymousMode_PointsAtThePinnedPlayground()
    {
        var logs = new ListLoggerProvider();
        using var app = new AppHost();
        using var started = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));

        _ = started.Server;

        var notice = Assert.Single(logs.Entries, e => e.EventId.Id == 100);
        Assert.Contains("`npm run playground`", notice.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("npx @microsoft/m365agentsplayground", notice.Message, StringComparison.Ordinal);
    }
}
