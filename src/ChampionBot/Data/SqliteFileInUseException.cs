namespace ChampionBot.Data;

/// <summary>Another process holds the SQLite database's lock file; the message says who and what to do.</summary>
public sealed class SqliteFileInUseException(string databaseFile, string lockFile, SqliteLockHolder? holder)
    : Exception(Describe(databaseFile, lockFile, holder))
{
    public string DatabaseFile { get; } = databaseFile;

    public SqliteLockHolder? Holder { get; } = holder;

    private static string Describe(string databaseFile, string lockFile, SqliteLockHolder? holder)
    {
        var who = holder is null
            ? $"{lockFile} is locked but does not say by which process"
            : $"{holder}, holds {lockFile}";
        return $"another ChampionBot process is using the SQLite database {databaseFile} ({who}): stop it, "
            + $"or point this instance at another file with {StorageSettings.ConnectionStringKey}, "
            + "or use PostgreSQL (Storage:Provider=Postgres) to run several instances";
    }
}
