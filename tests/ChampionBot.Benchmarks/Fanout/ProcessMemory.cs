using System.Globalization;

namespace ChampionBot.Benchmarks.Fanout;

/// <summary>Resident memory from /proc (Linux): VmHWM is the peak so far, VmRSS the current size.</summary>
internal static class ProcessMemory
{
    public static long PeakBytes(int pid) => Read(pid, "VmHWM:") ?? Read(pid, "VmRSS:") ?? 0;

    private static long? Read(int pid, string field)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith(field, StringComparison.Ordinal))
                {
                    var kilobytes = line[field.Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has exited.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}
