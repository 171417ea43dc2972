using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ChampionBot.EndToEnd.Tests.Harness;

/// <summary>
/// A child process whose output is kept for diagnostics and can be waited on; disposing it kills the whole tree
/// so no bot or Playground outlives the test run.
/// </summary>
public sealed class ObservedProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly ConcurrentDictionary<TaskCompletionSource<Match>, Regex> waiters = new();
    private readonly TaskCompletionSource exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch uptime = Stopwatch.StartNew();

    private ObservedProcess(string name, Process process)
    {
        Name = name;
        this.process = process;
    }

    public string Name { get; }

    public bool HasExited => exited.Task.IsCompleted;

    public string Output => string.Join(Environment.NewLine, lines);

    public static ObservedProcess Start(string name, ProcessStartInfo startInfo)
    {
        startInfo.RedirectStandardOutput = true;
        startInfo.RedirectStandardError = true;
        startInfo.RedirectStandardInput = true;
        startInfo.UseShellExecute = false;

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var observed = new ObservedProcess(name, process);
        process.OutputDataReceived += (_, e) => observed.Record("out", e.Data);
        process.ErrorDataReceived += (_, e) => observed.Record("err", e.Data);
        process.Exited += (_, _) => observed.OnExited();

        if (!process.Start())
        {
            throw new InvalidOperationException($"{name} did not start: {startInfo.FileName} {startInfo.Arguments}");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return observed;
    }

    /// <summary>Waits until a line of output matches, failing early (with the output) if the process exits first.</summary>
    public async Task<Match> WaitForOutputAsync(Regex pattern, TimeSpan timeout)
    {
        var waiter = new TaskCompletionSource<Match>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiters[waiter] = pattern;
        foreach (var line in lines)
        {
            if (pattern.Match(line) is { Success: true } match)
            {
                waiter.TrySetResult(match);
            }
        }

        try
        {
            var finished = await Task.WhenAny(waiter.Task, exited.Task).WaitAsync(timeout);
            return finished == waiter.Task || waiter.Task.IsCompleted
                ? await waiter.Task
                : throw Failure($"exited (code {process.ExitCode}) before printing /{pattern}/");
        }
        catch (TimeoutException)
        {
            throw Failure($"did not print /{pattern}/ within {timeout.TotalSeconds:0} s");
        }
        finally
        {
            waiters.TryRemove(waiter, out _);
        }
    }

    public Exception Failure(string what) =>
        new InvalidOperationException($"{Name} {what}. Its output:{Environment.NewLine}{Output}");

    public async ValueTask DisposeAsync()
    {
        if (!HasExited)
        {
            try
            {
                process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // It exited between the check and the kill.
            }

            await exited.Task.WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        process.Dispose();
    }

    private void Record(string stream, string? line)
    {
        if (line is null)
        {
            return;
        }

        lines.Enqueue($"[{uptime.Elapsed.TotalSeconds,7:0.00}s {stream}] {line}");
        foreach (var (waiter, pattern) in waiters)
        {
            if (pattern.Match(line) is { Success: true } match)
            {
                waiter.TrySetResult(match);
            }
        }
    }

    private void OnExited()
    {
        // Exited can fire before the last output lines are read; WaitForExit drains them first.
        process.WaitForExit();
        exited.TrySetResult();
    }
}
