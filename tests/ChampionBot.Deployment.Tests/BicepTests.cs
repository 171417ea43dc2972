using ChampionBot.Deployment.Tests.Support;
using Xunit.Abstractions;

namespace ChampionBot.Deployment.Tests;

public sealed class BicepTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Build_MainTemplate_SucceedsWithoutWarnings()
    {
        var outcome = await BicepCli.RunAsync("build", BicepCli.MainTemplate, "--stdout");

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(string.Empty, outcome.StandardError);
        Assert.StartsWith("{", outcome.StandardOutput.TrimStart(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MainTemplate_ReportsNothing()
    {
        var outcome = await BicepCli.RunAsync("lint", BicepCli.MainTemplate);

        output.WriteLine($"bicep lint infra/main.bicep: {outcome}");
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(string.Empty, outcome.Combined.Trim());
    }

    [Fact]
    public async Task Lint_TemplateWithAnUnusedParameter_ReportsTheWarning()
    {
        // Proves the lint test would notice: an unused parameter is one of Bicep's default warnings.
        var folder = Directory.CreateTempSubdirectory("championbot-bicep-").FullName;
        try
        {
            var template = Path.Combine(folder, "unused.bicep");
            await File.WriteAllTextAsync(template, "param unused string\n");

            var outcome = await BicepCli.RunAsync("lint", template);

            Assert.Contains("Warning no-unused-params", outcome.Combined, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
