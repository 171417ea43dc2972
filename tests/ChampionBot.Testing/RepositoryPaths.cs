namespace ChampionBot.Testing;

/// <summary>Finds the repository root (the folder holding ChampionBot.sln). Tests read only files inside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>An official schema kept in <c>tests/schemas</c> (its origin and licence are in SOURCES.md there).</summary>
    public static string Schema(string fileName) => InRoot("tests", "schemas", fileName);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChampionBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"ChampionBot.sln not found above {AppContext.BaseDirectory}.");
    }
}
