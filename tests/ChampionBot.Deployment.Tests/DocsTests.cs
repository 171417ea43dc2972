using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChampionBot.Testing;

namespace ChampionBot.Deployment.Tests;

/// <summary>The admin guide must describe what the deployment really sets, so it cannot drift from infra/ and manifest/.</summary>
public sealed class DocsTests
{
    private static readonly string DeployGuide = File.ReadAllText(RepositoryPaths.InRoot("docs", "deploy.md"));
    private static readonly string Architecture = File.ReadAllText(RepositoryPaths.InRoot("docs", "architecture.md"));

    public static TheoryData<string> WebAppSettings()
    {
        var bicep = File.ReadAllText(RepositoryPaths.InRoot("infra", "modules", "appservice.bicep"));
        return new TheoryData<string>(Regex.Matches(bicep, @"\{ name: '([A-Za-z_]+)', value:").Select(match => match.Groups[1].Value));
    }

    [Theory]
    [MemberData(nameof(WebAppSettings))]
    public void ConfigurationReference_EverySettingTheWebAppGets_IsDocumented(string setting)
    {
        var configurationKey = setting.Replace("__", ":", StringComparison.Ordinal);

        Assert.Contains($"`{configurationKey}`", DeployGuide, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigurationReference_ProgramOwnersFromAzd_IsDocumented()
    {
        Assert.Contains("`ChampionProgram:Owners`", DeployGuide, StringComparison.Ordinal);
        Assert.Contains("`CHAMPION_PROGRAM_OWNERS`", DeployGuide, StringComparison.Ordinal);
    }

    [Fact]
    public void DeployGuide_EveryAzdEnvironmentValueTheParametersUse_IsExplained()
    {
        var parameters = File.ReadAllText(RepositoryPaths.InRoot("infra", "main.parameters.json"));
        var names = Regex.Matches(parameters, @"\$\{([A-Z_]+)").Select(match => match.Groups[1].Value).Distinct();

        Assert.All(names, name => Assert.Contains($"`{name}`", DeployGuide, StringComparison.Ordinal));
    }

    [Fact]
    public void DeployGuide_EveryCommandInTheManifest_IsListed()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRoot("manifest", "manifest.json")))!;
        var titles = manifest["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(command => (string)command!["title"]!);

        Assert.All(titles, title => Assert.Contains($"`{title}`", DeployGuide, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("User.Read.All")]
    [InlineData("Reports.Read.All")]
    [InlineData("ReportSettings.Read.All")]
    [InlineData("TeamsAppInstallation.ReadWriteSelfForUser.All")]
    public void DeployGuide_GraphPermission_IsExplainedAndGrantedByBothScripts(string permission)
    {
        Assert.Contains($"| `{permission}` |", DeployGuide, StringComparison.Ordinal);
        var bashLoop = DeployGuide.Split('\n').Single(line => line.StartsWith("for permission in ", StringComparison.Ordinal));
        var powerShellLoop = DeployGuide.Split('\n').Single(line => line.StartsWith("foreach ($permission in ", StringComparison.Ordinal));

        Assert.Contains(permission, bashLoop.Split(' ', ';'));
        Assert.Contains($"\"{permission}\"", powerShellLoop, StringComparison.Ordinal);
    }

    [Fact]
    public void Architecture_Diagrams_ShowThePartsAndTheLoop()
    {
        Assert.Contains("```mermaid\nflowchart", Architecture, StringComparison.Ordinal);
        Assert.Contains("```mermaid\nsequenceDiagram", Architecture, StringComparison.Ordinal);
        Assert.Contains("/api/messages", Architecture, StringComparison.Ordinal);
    }

    [Fact]
    public void Architecture_EverySourceFolderItNames_Exists()
    {
        var paths = Regex.Matches(Architecture, @"`(src/[^`<]+?)/?`").Select(match => match.Groups[1].Value).Distinct().ToList();

        Assert.NotEmpty(paths);
        Assert.All(paths, path => Assert.True(Path.Exists(RepositoryPaths.InRoot(path)), $"architecture.md names {path}, which does not exist."));
    }

    [Fact]
    public void Architecture_FeaturesInTheDiagram_AreFeatureFoldersThatExist()
    {
        var box = Regex.Match(Architecture, @"features\[""Features<br/>(?<names>[^""]+)""\]").Groups["names"].Value;
        var names = box.Split([",", "<br/>"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        Assert.NotEmpty(names);
        Assert.All(names, name => Assert.True(
            Directory.Exists(RepositoryPaths.InRoot("src", "ChampionBot", "Features", name)),
            $"architecture.md shows the feature {name}, but src/ChampionBot/Features/{name} does not exist: mark it planned or build it."));
    }

    [Theory]
    [InlineData("deploy.md")]
    [InlineData("architecture.md")]
    public void Docs_RelativeLinks_PointAtFilesThatExist(string document)
    {
        var text = File.ReadAllText(RepositoryPaths.InRoot("docs", document));
        var targets = Regex.Matches(text, @"\]\((?!https?:|#)([^)#]+)").Select(match => match.Groups[1].Value);

        Assert.All(targets, target => Assert.True(
            Path.Exists(Path.Combine(RepositoryPaths.InRoot("docs"), target)), $"{document} links to {target}, which does not exist."));
    }
}
