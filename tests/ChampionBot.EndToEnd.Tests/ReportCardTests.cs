using ChampionBot.EndToEnd.Tests.Harness;

namespace ChampionBot.EndToEnd.Tests;

/// <summary>The demo program's owner types `report` in Teams (the Agents Playground in a real browser) and reads the outcome report, charts included.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ReportCardTests(PlaygroundFixture fixture, ITestOutputHelper output) : IClassFixture<PlaygroundFixture>
{
    /// <summary>The report card's title; the bot's report card must contain exactly this text.</summary>
    private const string ReportTitle = "What the program changed";

    [SkippableFact]
    public async Task Report_DemoProgramOwner_RendersTheReportCard()
    {
        fixture.SkipUnlessAvailable();

        await PlaygroundSession.RunAsync(fixture, output, "report-card", async playground =>
        {
            await playground.OpenConversationAsync("Personal Chat");

            await playground.SendAsync("report");
            var card = await playground.WaitForCardAsync(ReportTitle);

            Assert.True(await card.IsVisibleAsync());
            Assert.True(await card.GetByText("To paste into an update:").IsVisibleAsync());
            var screenshot = await playground.SaveScreenshotAsync(Path.Combine(fixture.Settings.ArtifactsDirectory, "report-card.png"));
            output.WriteLine($"Screenshot: {screenshot}");
        });
    }
}
