using ChampionBot.Testing;

namespace ChampionBot.Deployment.Tests.Support;

/// <summary>Runs manifest/package.cs the way an admin or the azd hook does: <c>dotnet run manifest/package.cs -- ...</c>.</summary>
public static class PackagingCommand
{
    // The test host sets MSBuild variables for its own build; a nested `dotnet run` must pick its own.
    private static readonly Dictionary<string, string?> CleanBuildEnvironment = new()
    {
        ["MSBuildExtensionsPath"] = null,
        ["MSBuildSDKsPath"] = null,
        ["MSBUILD_EXE_PATH"] = null,
        ["BOT_ID"] = null,
        ["BOT_DOMAIN"] = null,
        ["TEAMS_APP_ID"] = null,
    };

    public static Task<ProcessOutcome> RunAsync(params string[] arguments) =>
        RunAsync(arguments, new Dictionary<string, string?>(), RepositoryPaths.Root);

    public static Task<ProcessOutcome> RunAsync(
        string[] arguments, IReadOnlyDictionary<string, string?> environment, string workingDirectory)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host)
            ? host
            : "dotnet";
        var merged = new Dictionary<string, string?>(CleanBuildEnvironment);
        foreach (var (name, value) in environment)
        {
            merged[name] = value;
        }

        return ExternalProcess.RunAsync(
            dotnet,
            ["run", RepositoryPaths.InRoot("manifest", "package.cs"), "--", .. arguments],
            workingDirectory,
            TimeSpan.FromMinutes(5),
            merged);
    }
}
