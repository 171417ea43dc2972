using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace ChampionBot.Data;

/// <summary>Reads a small file that another process holds locked (the SQLite lock file, to say who holds it).</summary>
internal static class LockedFileText
{
    private const int ReadOnly = 0; // O_RDONLY on Linux and macOS

    /// <summary>The file's text, or null when it cannot be read.</summary>
    public static string? Read(string path)
    {
        try
        {
            using var handle = OperatingSystem.IsWindows() ? WindowsOpen(path) : UnixOpen(path);
            if (handle is null)
            {
                return null;
            }

            var buffer = new byte[4096];
            var length = RandomAccess.Read(handle, buffer, 0);
            return Encoding.UTF8.GetString(buffer, 0, length);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // The holder opened the file with read sharing (see SqliteFileLock), so an ordinary shared read works.
    private static SafeFileHandle WindowsOpen(string path) =>
        File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

    // .NET takes flock(LOCK_SH) on every file it opens on Unix, which fails against the holder's exclusive lock; the
    // lock is advisory, so a plain open(2) reads the file regardless.
    private static SafeFileHandle? UnixOpen(string path)
    {
        var descriptor = Open(path, ReadOnly);
        return descriptor < 0 ? null : new SafeFileHandle(descriptor, ownsHandle: true);
    }

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags);
}
