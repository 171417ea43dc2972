using System.Globalization;
using System.Text.RegularExpressions;
using ChampionBot.EndToEnd.Tests.Harness;

namespace ChampionBot.EndToEnd.Tests;

/// <summary>The demo program's owner types `report` in Teams (the Agents Playground in a real browser) and reads the outcome report, charts included.</summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class ReportCardTests(PlaygroundFixture fixture, ITestOutputHelper output) : IClassFixture<PlaygroundFixture>
{
    /// <summary>The report card's title; the bot's report card must contain exactly this text.</summary>
    private const string ReportTitle = "What the program changed";

    [SkippableFact]
    public async Task Report_DemoProgramOwner_RendersTheReportCardWithRealFigures()
    {
        fixture.SkipUnlessAvailable();

        await PlaygroundSession.RunAsync(fixture, output, "report-card", async playground =>
        {
            await playground.OpenConversationAsync("Personal Chat");

            await playground.SendAsync("report");
            var card = await playground.WaitForCardAsync(ReportTitle);

            Assert.True(await card.IsVisibleAsync());
            Assert.True(await card.GetByText("To paste into an update:").IsVisibleAsync());
            var text = await card.InnerTextAsync();
            var capacity = Capacity().Match(text);
            Assert.True(capacity.Success, text);
            Assert.True(double.Parse(capacity.Groups["percent"].Value, CultureInfo.InvariantCulture) > 0, capacity.Value); // the seeded people's working time counts
            var participation = Participation().Match(text);
            Assert.True(participation.Success, text);
            Assert.True(int.Parse(participation.Groups["tried"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) <= int.Parse(participation.Groups["enrolled"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), participation.Value);
            var screenshot = await playground.SaveScreenshotAsync(Path.Combine(fixture.Settings.ArtifactsDirectory, "report-card.png"));
            output.WriteLine($"Screenshot: {screenshot}");

            // The card is taller than the window: its charts, one screenshot each part.
            (string Part, string Name)[] parts = [("To paste into an update:", "report-card-top.png"), ("How people feel about the task now", "report-card-charts.png"), ("Per role", "report-card-funnel.png")];
            foreach (var (part, name) in parts)
            {
                await card.GetByText(part).First.ScrollIntoViewIfNeededAsync();
                output.WriteLine($"Screenshot: {await playground.SaveScreenshotAsync(Path.Combine(fixture.Settings.ArtifactsDirectory, name))}");
            }
        });
    }

    [GeneratedRegex(@"(?<percent>\d+\.\d) % more capacity from AI")]
    private static partial Regex Capacity();

    [GeneratedRegex(@"(?<tried>[\d,]+) of (?<enrolled>[\d,]+) enrolled people")]
    private static partial Regex Participation();
}
