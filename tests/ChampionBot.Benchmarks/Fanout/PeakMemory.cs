namespace ChampionBot.Benchmarks.Fanout;

/// <summary>The highest resident set seen, for the benchmark process and for each sender child.</summary>
internal sealed class PeakMemory
{
    public long ParentBytes { get; private set; }

    public long WorkerBytes { get; private set; }

    public long PeakBytes => Math.Max(ParentBytes, WorkerBytes);

    public void Sample(int pid)
    {
        var bytes = ProcessMemory.PeakBytes(pid);
        if (pid == Environment.ProcessId)
        {
            ParentBytes = Math.Max(ParentBytes, bytes);
        }
        else
        {
            WorkerBytes = Math.Max(WorkerBytes, bytes);
        }
    }
}
