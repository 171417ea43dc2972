using ChampionBot.Testing;

namespace ChampionBot.Deployment.Tests.Support;

/// <summary>Runs tools/validate-manifest.mjs: @microsoft/app-manifest with its bundled Teams schemas, offline.</summary>
public static class ManifestValidator
{
    /// <summary>The validator's outcome, or null when Node or the npm packages are missing outside CI.</summary>
    public static async Task<ProcessOutcome?> ValidateAsync(string manifestPath)
    {
        var node = ExternalProcess.FindOnPath("node");
        if (node is null)
        {
            return RequiredInCi.Missing("Node.js", "Install Node.js 20 or later.") ? null : throw new InvalidOperationException();
        }

        if (!Directory.Exists(RepositoryPaths.InRoot("node_modules", "@microsoft", "app-manifest")))
        {
            return RequiredInCi.Missing("@microsoft/app-manifest", "Run `npm ci` in the repository root.") ? null : throw new InvalidOperationException();
        }

        var script = RepositoryPaths.InRoot("tests", "ChampionBot.Deployment.Tests", "tools", "validate-manifest.mjs");
        return await ExternalProcess.RunAsync(node, [script, manifestPath], RepositoryPaths.Root, TimeSpan.FromMinutes(1));
    }
}
