using System.Text.Json.Nodes;
using ChampionBot.Deployment.Tests.Support;
using ChampionBot.Testing;
using Json.Schema;

namespace ChampionBot.Deployment.Tests;

public sealed class AzureYamlTests
{
    private static readonly JsonNode AzureYaml = YamlToJson.Convert(File.ReadAllText(RepositoryPaths.InRoot("azure.yaml")))!;

    [Fact]
    public void AzureYaml_AgainstTheAzdSchema_IsValid()
    {
        var results = AzureYamlSchema.Evaluate(AzureYaml);

        Assert.True(results.IsValid, Describe(results));
    }

    [Fact]
    public void AzureYaml_ServiceWithoutHost_IsInvalid()
    {
        // Proves the validator is really checking: the schema requires a host for every service.
        var broken = AzureYaml.DeepClone();
        broken["services"]!["bot"]!.AsObject().Remove("host");

        Assert.False(AzureYamlSchema.Evaluate(broken).IsValid);
    }

    [Fact]
    public void AzureYaml_BotService_DeploysTheAppProjectToAppService()
    {
        var bot = AzureYaml["services"]!["bot"]!;

        Assert.Equal("appservice", (string?)bot["host"]);
        Assert.Equal("dotnet", (string?)bot["language"]);
        Assert.True(File.Exists(RepositoryPaths.InRoot((string)bot["project"]!, "ChampionBot.csproj")));
        Assert.Equal("infra", (string?)AzureYaml["infra"]!["path"]);
        Assert.True(File.Exists(RepositoryPaths.InRoot("infra", $"{(string?)AzureYaml["infra"]!["module"]}.bicep")));
    }

    [Theory]
    [InlineData("posix")]
    [InlineData("windows")]
    public void AzureYaml_PostProvisionHook_BuildsTheTeamsAppPackage(string platform)
    {
        var hook = AzureYaml["hooks"]!["postprovision"]![platform]!;

        Assert.StartsWith("dotnet run manifest/package.cs", (string?)hook["run"], StringComparison.Ordinal);
        Assert.True(File.Exists(RepositoryPaths.InRoot("manifest", "package.cs")));
    }

    [Fact]
    public void Schema_RemoteReferences_AreOnlyTheAiHostsThatAreStubbed()
    {
        var remotes = AzureYamlSchema.RemoteReferences(File.ReadAllText(RepositoryPaths.Schema("azure.yaml-1.0.json")));

        Assert.NotEmpty(remotes);
        Assert.All(remotes, remote => Assert.Contains("/extensions/azure.ai.", remote.AbsolutePath, StringComparison.Ordinal));
    }

    private static string Describe(EvaluationResults results) =>
        string.Join(
            Environment.NewLine,
            (results.Details ?? []).Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => $"{detail.InstanceLocation} [{detail.EvaluationPath}] {error.Key}: {error.Value}")));
}
