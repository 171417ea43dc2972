namespace ChampionBot.Testing;

/// <summary>Finds the repository root (the folder holding ChampionBot.sln) and the shared folder beside it.</summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The steering repo's shared folder, which CI places beside the clone as <c>../shared</c>.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string InRoot(params string[] parts) => Path.Combine([Root, .. parts]);

    public static string InShared(params string[] parts) => Path.Combine([Shared, .. parts]);

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
