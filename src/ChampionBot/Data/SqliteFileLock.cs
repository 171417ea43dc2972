namespace ChampionBot.Data;

/// <summary>
/// Keeps a SQLite database to one process. The result writer's single batch loop, <see cref="DatabaseWriteGate"/> and
/// exactly-once posting all assume one writer per file; a second instance would only contend for SQLite's write lock and
/// break those assumptions silently (several instances need PostgreSQL). So the first process holds an OS lock on
/// "&lt;database&gt;.lock" until its host is disposed. The kernel drops the lock when a process dies, so a lock file
/// left behind by a crash never blocks the next start.
/// </summary>
public sealed class SqliteFileLock(TimeProvider time) : IDisposable
{
    public const string LockFileSuffix = ".lock";

    public const string HolderFileSuffix = ".holder";

    private FileStream? held;

    /// <summary>The lock file for a SQLite database file.</summary>
    public static string LockFileFor(string databaseFile) => Path.GetFullPath(databaseFile) + LockFileSuffix;

    /// <summary>
    /// Takes the lock when <paramref name="settings"/> name a SQLite file (in-memory SQLite and PostgreSQL need none).
    /// Throws <see cref="SqliteFileInUseException"/> when another process (or another host in this one) holds it.
    /// </summary>
    public void Acquire(StorageSettings settings)
    {
        if (held is not null || settings.SqliteFilePath is not { } databaseFile)
        {
            return;
        }

        var lockFile = LockFileFor(databaseFile);
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        FileStream stream;
        try
        {
            // FileShare.None is flock(LOCK_EX) on Linux and macOS, a share-mode lock on Windows.
            stream = new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            throw new SqliteFileInUseException(Path.GetFullPath(databaseFile), lockFile, SqliteLockHolder.Read(HolderFileFor(lockFile)));
        }

        // Who holds it goes in a file of its own: .NET takes a shared lock on every file it opens on Unix, so the
        // refused process could not read the locked file itself.
        SqliteLockHolder.Current(time).WriteTo(HolderFileFor(lockFile));
        held = stream;
    }

    /// <summary>The file naming the process that holds <paramref name="lockFile"/> (written once the lock is taken).</summary>
    public static string HolderFileFor(string lockFile) => lockFile + HolderFileSuffix;

    public void Dispose()
    {
        // The file stays: deleting it would let a process that opened it just before take a lock on a name that no
        // longer exists while a third locks a new file under that name.
        held?.Dispose();
        held = null;
    }

    /// <summary>"Would block" (Unix EWOULDBLOCK: 11 on Linux, 35 on macOS) or a Windows sharing/lock violation.</summary>
    private static bool IsHeldElsewhere(IOException ex) => OperatingSystem.IsWindows()
        ? (ex.HResult & 0xFFFF) is 32 or 33
        : ex.HResult is 11 or 35;
}
