namespace ChampionBot.Testing.Databases;

/// <summary>A SQLite database in a temporary file (a file, not memory, so a test can close and reopen it).</summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "championbot-tests", Guid.NewGuid().ToString("N"));

    public override string ProviderName => "Sqlite";

    public string FilePath => Path.Combine(directory, "championbot.db");

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(directory);
        ConnectionString = $"Data Source={FilePath}";
        return Task.CompletedTask;
    }

    public override Task DisposeAsync()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A pooled connection may still hold the file; the temp folder is cleaned by the OS.
        }

        return Task.CompletedTask;
    }
}
