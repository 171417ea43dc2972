using ChampionBot.EndToEnd.Tests.Harness;

namespace ChampionBot.EndToEnd.Tests;

/// <summary>Opening the bot (the Playground installs it on every page load) greets the person with the welcome card.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class WelcomeCardTests(PlaygroundFixture fixture, ITestOutputHelper output) : IClassFixture<PlaygroundFixture>
{
    public const string WelcomeText = "Welcome to ChampionBot";

    [SkippableFact]
    public async Task PageLoad_InPersonalChat_RendersTheWelcomeCard()
    {
        fixture.SkipUnlessAvailable();

        await PlaygroundSession.RunAsync(fixture, output, "welcome-card", async playground =>
        {
            await playground.OpenConversationAsync("Personal Chat");

            var card = playground.Page.Locator(".ac-adaptiveCard")
                .Filter(new() { HasText = WelcomeText }).Last;
            await card.WaitForAsync(new() { Timeout = (float)PlaygroundPage.ReplyTimeout.TotalMilliseconds });

            Assert.True(await card.IsVisibleAsync());
            var screenshot = await playground.SaveScreenshotAsync(
                Path.Combine(fixture.Settings.ArtifactsDirectory, "welcome-card.png"));
            output.WriteLine($"Screenshot: {screenshot}");
        });
    }
}
