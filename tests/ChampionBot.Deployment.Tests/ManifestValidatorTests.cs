using ChampionBot.Deployment.Tests.Support;
using ChampionBot.Testing;
using Xunit.Abstractions;

namespace ChampionBot.Deployment.Tests;

[Collection(AppPackageCollection.Name)]
public sealed class ManifestValidatorTests(AppPackageFixture package, ITestOutputHelper output)
{
    [SkippableFact]
    public async Task Validate_PackagedManifest_PassesTheTeamsSchema()
    {
        var outcome = await ManifestValidator.ValidateAsync(package.ExtractedManifestPath);
        output.WriteLine(outcome.ToString());
        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.StartsWith(
            "VALID https://developer.microsoft.com/en-us/json-schemas/teams/v1.19/MicrosoftTeams.schema.json",
            outcome.StandardOutput,
            StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Validate_TemplateWithUnfilledPlaceholders_IsRejected()
    {
        var outcome = await ManifestValidator.ValidateAsync(RepositoryPaths.InRoot("manifest", "manifest.json"));
        output.WriteLine(outcome.ToString());
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("ERROR /id must match pattern", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("ERROR /bots/0/botId must match pattern", outcome.StandardOutput, StringComparison.Ordinal);
    }
}
