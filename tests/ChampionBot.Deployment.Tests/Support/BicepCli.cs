using System.Runtime.InteropServices;
using ChampionBot.Testing;

namespace ChampionBot.Deployment.Tests.Support;

/// <summary>The Bicep CLI that the project's PackageDownload puts in the NuGet packages folder.</summary>
public static class BicepCli
{
    public const string Version = "0.49.2";

    public static string MainTemplate => RepositoryPaths.InRoot("infra", "main.bicep");

    public static Task<ProcessOutcome> RunAsync(params string[] arguments) =>
        ExternalProcess.RunAsync(Executable(), arguments, RepositoryPaths.Root, TimeSpan.FromMinutes(3));

    private static string Executable()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
        {
            throw new PlatformNotSupportedException("The project downloads the linux-x64 Bicep CLI only.");
        }

        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var bicep = Path.Combine(packages, "azure.bicep.commandline.linux-x64", Version, "tools", "bicep");
        if (!File.Exists(bicep))
        {
            throw new FileNotFoundException(
                $"Bicep CLI {Version} not found at {bicep}. `dotnet restore tests/ChampionBot.Deployment.Tests` downloads it.", bicep);
        }

        // Some NuGet extractions drop the execute bit.
        var mode = File.GetUnixFileMode(bicep);
        if (!mode.HasFlag(UnixFileMode.UserExecute))
        {
            File.SetUnixFileMode(bicep, mode | UnixFileMode.UserExecute);
        }

        return bicep;
    }
}
