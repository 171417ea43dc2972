using ChampionBot.Deployment.Tests.Support;

namespace ChampionBot.Deployment.Tests;

[Collection(AppPackageCollection.Name)]
public sealed class PackagingCommandTests(AppPackageFixture package)
{
    private const string GoodId = AppPackageFixture.BotId;

    [Theory]
    [InlineData("not-a-guid", "host.example.com", "--bot-id must be a non-empty GUID")]
    [InlineData("00000000-0000-0000-0000-000000000000", "host.example.com", "--bot-id must be a non-empty GUID")]
    [InlineData(GoodId, "https://host.example.com", "without a scheme")]
    [InlineData(GoodId, "host.example.com/api/messages", "without path, port or query")]
    [InlineData(GoodId, "host.example.com:443", "without path, port or query")]
    [InlineData(GoodId, "-host-.example.com", "is not a valid host name")]
    public async Task Run_InvalidInput_FailsWithAClearMessageAndWritesNothing(string botId, string domain, string message)
    {
        var zip = Path.Combine(package.Folder, $"rejected-{Guid.NewGuid():N}.zip");

        var outcome = await PackagingCommand.RunAsync("--bot-id", botId, "--domain", domain, "--out", zip);

        Assert.True(outcome.ExitCode == 2, outcome.ToString());
        Assert.Contains(message, outcome.StandardError, StringComparison.Ordinal);
        Assert.Contains("usage: dotnet run manifest/package.cs", outcome.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(zip));
    }

    [Fact]
    public async Task Run_MissingDomain_SaysWhichOptionIsRequired()
    {
        var outcome = await PackagingCommand.RunAsync("--bot-id", GoodId);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("--domain is required", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownOption_IsRefused()
    {
        var outcome = await PackagingCommand.RunAsync("--bot", GoodId);

        Assert.Equal(2, outcome.ExitCode);
        Assert.Contains("Unknown option '--bot'", outcome.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_AsTheAzdHookDoes_BuildsThePackageFromTheEnvironmentInTheCurrentFolder()
    {
        // azure.yaml's postprovision hook runs `dotnet run manifest/package.cs` with no arguments: azd hands it the
        // provisioning outputs as environment variables, and the package lands in the folder it runs in.
        var folder = Directory.CreateDirectory(Path.Combine(package.Folder, "hook")).FullName;
        var appId = Guid.NewGuid().ToString("D");

        var outcome = await PackagingCommand.RunAsync(
            [],
            new Dictionary<string, string?> { ["BOT_ID"] = GoodId, ["BOT_DOMAIN"] = "Bot.Example.COM", ["TEAMS_APP_ID"] = appId },
            folder);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Contains($"Teams app id {appId}, bot id {GoodId}, domain bot.example.com", outcome.StandardOutput, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder, "appPackage.zip")));
    }
}
