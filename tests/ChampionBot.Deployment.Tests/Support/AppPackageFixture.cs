using System.IO.Compression;
using System.Text.Json.Nodes;

namespace ChampionBot.Deployment.Tests.Support;

/// <summary>Builds appPackage.zip once with the real packaging command, for every test in the collection.</summary>
public sealed class AppPackageFixture : IAsyncLifetime
{
    public const string BotId = "3f2b9c1e-8a4d-4e6f-9b7a-1c2d3e4f5a6b";
    public const string Domain = "app-championbot-test.azurewebsites.net";

    public string Folder { get; } = Directory.CreateTempSubdirectory("championbot-package-").FullName;

    public string ZipPath => Path.Combine(Folder, "appPackage.zip");

    public string ExtractedManifestPath => Path.Combine(Folder, "extracted", "manifest.json");

    public ProcessOutcome Packaging { get; private set; } = null!;

    public IReadOnlyDictionary<string, byte[]> Entries { get; private set; } = new Dictionary<string, byte[]>();

    public JsonNode Manifest { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Packaging = await PackagingCommand.RunAsync("--bot-id", BotId, "--domain", Domain, "--out", ZipPath);
        if (Packaging.ExitCode != 0)
        {
            throw new InvalidOperationException($"Packaging failed: {Packaging}");
        }

        using var zip = ZipFile.OpenRead(ZipPath);
        var entries = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var content = entry.Open();
            using var copy = new MemoryStream();
            await content.CopyToAsync(copy);
            entries[entry.FullName] = copy.ToArray();
        }

        Entries = entries;
        Directory.CreateDirectory(Path.GetDirectoryName(ExtractedManifestPath)!);
        await File.WriteAllBytesAsync(ExtractedManifestPath, entries["manifest.json"]);
        Manifest = JsonNode.Parse(entries["manifest.json"])!;
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>Everything that runs `dotnet run manifest/package.cs` shares one collection, so the script builds once at a time.</summary>
[CollectionDefinition(Name)]
public sealed class AppPackageCollection : ICollectionFixture<AppPackageFixture>
{
    public const string Name = "App package";
}
