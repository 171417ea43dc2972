using ChampionBot.EndToEnd.Tests.Harness;

namespace ChampionBot.EndToEnd.Tests;

/// <summary>A person types `help` in Teams (the Agents Playground in a real browser) and sees the help card.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class HelpCommandTests(PlaygroundFixture fixture, ITestOutputHelper output) : IClassFixture<PlaygroundFixture>
{
    /// <summary>The help card's title TextBlock; the bot's help card must contain exactly this text.</summary>
    public const string HelpCardTitle = "ChampionBot commands";

    [SkippableFact]
    public async Task Help_InPersonalChat_RendersTheHelpCard()
    {
        fixture.SkipUnlessAvailable();

        await PlaygroundSession.RunAsync(fixture, output, "help-card", async playground =>
        {
            await playground.OpenConversationAsync("Personal Chat");

            await playground.SendAsync("help");
            var card = await playground.WaitForCardAsync(HelpCardTitle);

            Assert.True(await card.IsVisibleAsync());
            var screenshot = await playground.SaveScreenshotAsync(
                Path.Combine(fixture.Settings.ArtifactsDirectory, "help-card.png"));
            output.WriteLine($"Screenshot: {screenshot}");
        });
    }
}
