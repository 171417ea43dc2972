using System.Globalization;

namespace ChampionBot.Data;

/// <summary>Who holds a SQLite lock file, written beside it as text so both the refused instance and a person can read it.</summary>
public sealed record SqliteLockHolder(int ProcessId, string MachineName, DateTimeOffset StartedAt)
{
    private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>The start time in UTC, ISO 8601.</summary>
    public override string ToString() =>
        $"process {ProcessId} on machine {MachineName}, started {StartedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}";

    public static SqliteLockHolder Current(TimeProvider time) => new(Environment.ProcessId, Environment.MachineName, time.GetUtcNow());

    public void WriteTo(string holderFile) =>
        File.WriteAllText(holderFile, string.Join('\n',
            "A running ChampionBot holds an OS lock on the .lock file beside this one while it uses the database; this file says who.",
            $"process: {ProcessId}",
            $"machine: {MachineName}",
            $"started: {StartedAt.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture)}",
            string.Empty));

    /// <summary>The holder written in <paramref name="holderFile"/>, or null when it cannot be read or parsed.</summary>
    public static SqliteLockHolder? Read(string holderFile)
    {
        try
        {
            return Parse(File.ReadAllText(holderFile));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public static SqliteLockHolder? Parse(string text)
    {
        var values = text.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First()[1].Trim(), StringComparer.Ordinal);
        return values.TryGetValue("process", out var process) && int.TryParse(process, CultureInfo.InvariantCulture, out var processId)
            && values.TryGetValue("machine", out var machine) && machine.Length > 0
            && values.TryGetValue("started", out var started)
            && DateTimeOffset.TryParseExact(started, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var startedAt)
                ? new SqliteLockHolder(processId, machine, startedAt)
                : null;
    }
}
