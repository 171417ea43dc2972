namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// Runs one test's steps on a fresh Playground page. When a step fails the test output gets a screenshot of the
/// page and both processes' output, because the Playground shows bot errors only in its own log.
/// </summary>
public static class PlaygroundSession
{
    public static async Task RunAsync(
        PlaygroundFixture fixture, ITestOutputHelper output, string testName, Func<PlaygroundPage, Task> steps)
    {
        await using var page = await fixture.OpenPlaygroundAsync(output);
        try
        {
            await steps(page);
        }
        catch (Exception)
        {
            var screenshot = await page.SaveScreenshotAsync(
                Path.Combine(fixture.Settings.ArtifactsDirectory, $"{testName}.failed.png"));
            output.WriteLine($"Screenshot of the failure: {screenshot}");
            output.WriteLine(fixture.Diagnostics());
            throw;
        }
    }
}
