using ChampionBot.Testing;

namespace ChampionBot.Deployment.Tests.Support;

/// <summary>Runs tools/validate-manifest.mjs: @microsoft/app-manifest with its bundled Teams schemas, offline.</summary>
public static class ManifestValidator
{
    /// <summary>The validator's outcome; the test skips when Node or the npm packages are missing here.</summary>
    public static async Task<ProcessOutcome> ValidateAsync(string manifestPath)
    {
        var node = ExternalProcess.FindOnPath("node");
        if (node is null)
        {
            RequiredInCi.Skip("Node.js", "Install Node.js 20 or later.");
        }

        if (!Directory.Exists(RepositoryPaths.InRoot("node_modules", "@microsoft", "app-manifest")))
        {
            RequiredInCi.Skip("@microsoft/app-manifest", "Run `npm ci` in the repository root.");
        }

        var script = RepositoryPaths.InRoot("tests", "ChampionBot.Deployment.Tests", "tools", "validate-manifest.mjs");
        return await ExternalProcess.RunAsync(node, [script, manifestPath], RepositoryPaths.Root, TimeSpan.FromMinutes(1));
    }
}
