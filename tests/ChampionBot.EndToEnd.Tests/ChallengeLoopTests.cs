using ChampionBot.EndToEnd.Tests.Harness;
using Microsoft.Playwright;

namespace ChampionBot.EndToEnd.Tests;

/// <summary>
/// One turn of the loop in Teams (the Agents Playground in a real browser), as the demo program's owner who also takes
/// part: say what you dread, post a challenge, report on the result card that it didn't work, and get the rescue.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class ChallengeLoopTests(PlaygroundFixture fixture, ITestOutputHelper output) : IClassFixture<PlaygroundFixture>
{
    // Alex (the Playground's user) is a people manager: "challenge" and "result" show only challenges for their role.
    private const string ChallengeSlug = "meeting-notes-to-actions";

    [SkippableFact]
    public async Task DreadThenChallengeThenResult_DidNotWork_CardUpdatesAndRescueArrives()
    {
        fixture.SkipUnlessAvailable();

        await PlaygroundSession.RunAsync(fixture, output, "challenge-loop", async playground =>
        {
            var page = playground.Page;
            await playground.OpenConversationAsync("Personal Chat");

            await playground.SendAsync("dread");
            var dread = await playground.WaitForCardAsync("What part of your week do you dread most?");
            await dread.GetByPlaceholder("e.g. Writing the Monday status report for my manager").FillAsync("Cleaning up the weekly lead list before the pipeline call");
            await dread.GetByLabel("Minutes it takes each time").FillAsync("60");
            await dread.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Send my answer" }).ClickAsync();
            await page.GetByText("Thank you, Alex — got it.").WaitForAsync(new LocatorWaitForOptions { Timeout = 30_000 });
            await Save(playground, "loop-1-dread.png");

            await playground.SendAsync($"challenge post {ChallengeSlug}");
            await playground.SendAsync("result");
            var result = await playground.WaitForCardAsync("How did it go?");
            await result.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = "No, not this time" }).CheckAsync();
            await result.GetByLabel("Minutes it took before (without AI)").FillAsync("60");
            // "With AI" is left empty, as the form says to when it didn't work.
            await result.GetByLabel("How often do you do this task?", new LocatorGetByLabelOptions { Exact = false }).FillAsync("1");
            await RateAsync(result, "Quality of the result", "2");
            await RateAsync(result, "How do you feel about this task now?", "2");
            await result.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Send my result" }).ClickAsync();

            var rescue = await playground.WaitForCardAsync("Let's get it working");
            Assert.True(await rescue.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Try again" }).IsVisibleAsync());
            Assert.Equal(0, await playground.CardsWithText("How did it go?").CountAsync());
            Assert.Equal(0, await playground.CardsWithText("With AI").CountAsync());
            await Save(playground, "loop-2-result-and-rescue.png");
        });
    }

    private static async Task RateAsync(ILocator card, string question, string rating)
    {
        var group = card.GetByRole(AriaRole.Radiogroup).Filter(new LocatorFilterOptions { HasText = question });
        var radios = card.GetByRole(AriaRole.Radiogroup, new LocatorGetByRoleOptions { Name = question, Exact = false });
        var target = await radios.CountAsync() > 0 ? radios : group;
        await target.GetByRole(AriaRole.Radio, new LocatorGetByRoleOptions { Name = rating, Exact = true }).CheckAsync();
    }

    private async Task Save(PlaygroundPage playground, string name)
    {
        var path = await playground.SaveScreenshotAsync(Path.Combine(fixture.Settings.ArtifactsDirectory, name));
        output.WriteLine($"Screenshot: {path}");
    }
}
