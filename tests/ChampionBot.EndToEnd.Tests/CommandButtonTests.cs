using System.Text.RegularExpressions;
using ChampionBot.EndToEnd.Tests.Harness;
using Microsoft.Playwright;

namespace ChampionBot.EndToEnd.Tests;

/// <summary>
/// A newcomer's first clicks: every button on the welcome card and on the help card runs its command in the
/// Playground (Action.Submit with Teams imBack did nothing there), and the bot's answer arrives in the chat.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed partial class CommandButtonTests(PlaygroundFixture fixture, ITestOutputHelper output) : IClassFixture<PlaygroundFixture>
{
    [SkippableFact]
    public async Task WelcomeAndHelpButtons_EachClick_TheBotAnswersWithThatCommand()
    {
        fixture.SkipUnlessAvailable();

        await PlaygroundSession.RunAsync(fixture, output, "command-buttons", async playground =>
        {
            await playground.OpenConversationAsync("Personal Chat");
            var welcome = await playground.WaitForCardAsync(WelcomeCardTests.WelcomeText);

            await ClickAsync(playground, welcome, "Tell me what I dread", () => playground.WaitForCardAsync("What part of your week do you dread most?"), "buttons-1-welcome-dread.png");
            await ClickAsync(playground, welcome, "This week's challenge", () => WaitForTextAsync(playground, NoChallengeYet()), "buttons-2-welcome-challenge.png");
            await ClickAsync(playground, welcome, "What else can you do?", () => playground.WaitForCardAsync(HelpCommandTests.HelpCardTitle), "buttons-3-welcome-help.png");

            var help = await playground.WaitForCardAsync(HelpCommandTests.HelpCardTitle);
            var noChallenge = await playground.Page.GetByText(NoChallengeYet()).CountAsync();
            await ClickAsync(playground, help, "This week's challenge", () => WaitForCountAsync(playground.Page.GetByText(NoChallengeYet()), noChallenge + 1), "buttons-4-help-challenge.png");
            await ClickAsync(playground, help, "Report my result", () => WaitForTextAsync(playground, NothingToReport()), "buttons-5-help-result.png");
            await ClickAsync(playground, help, "My impact", () => WaitForTextAsync(playground, ImpactSoFar()), "buttons-6-help-me.png");
        });
    }

    private async Task ClickAsync(PlaygroundPage playground, ILocator card, string button, Func<Task> answered, string screenshot)
    {
        await card.ScrollIntoViewIfNeededAsync();
        await card.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = button }).ClickAsync();
        await answered();
        output.WriteLine($"Clicked \"{button}\": the bot answered.");
        var path = await playground.SaveScreenshotAsync(Path.Combine(fixture.Settings.ArtifactsDirectory, screenshot));
        output.WriteLine($"Screenshot: {path}");
    }

    private static Task WaitForTextAsync(PlaygroundPage playground, Regex text) =>
        playground.Page.GetByText(text).Last.WaitForAsync(new LocatorWaitForOptions { Timeout = (float)PlaygroundPage.ReplyTimeout.TotalMilliseconds });

    private static async Task WaitForCountAsync(ILocator locator, int count)
    {
        await locator.Nth(count - 1).WaitForAsync(new LocatorWaitForOptions { Timeout = (float)PlaygroundPage.ReplyTimeout.TotalMilliseconds });
    }

    [GeneratedRegex("No challenge (for your role )?has been posted yet")]
    private static partial Regex NoChallengeYet();

    [GeneratedRegex("here's your impact so far")]
    private static partial Regex ImpactSoFar();

    [GeneratedRegex("no challenge to report on yet")]
    private static partial Regex NothingToReport();
}
