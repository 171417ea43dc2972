using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace ChampionBot.Benchmarks.Inbound;

/// <summary>Concurrent POSTs for a fixed time: counts, latencies (ms) and errors.</summary>
internal sealed class LoadRun
{
    public int Requests { get; private set; }

    public int Errors { get; private set; }

    public double Seconds { get; private set; }

    public List<double> Latencies { get; } = [];

    public double Rps => Requests / Seconds;

    /// <summary>Adds another window's counts and latencies to this one (runs measured in interleaved slices).</summary>
    public void Add(LoadRun other)
    {
        Requests += other.Requests;
        Errors += other.Errors;
        Seconds += other.Seconds;
        Latencies.AddRange(other.Latencies);
    }

    public double Percentile(double p)
    {
        if (Latencies.Count == 0)
        {
            return 0;
        }

        Latencies.Sort();
        return Latencies[Math.Min(Latencies.Count - 1, (int)Math.Ceiling(p * Latencies.Count) - 1)];
    }

    public static async Task<LoadRun> RunAsync(
        HttpClient client, Uri url, int concurrency, TimeSpan duration, Func<int, string> body, string[] tokens, Func<string, bool> isSuccess)
    {
        var run = new LoadRun();
        var next = -1;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async _ =>
        {
            var latencies = new List<double>();
            var (requests, errors) = (0, 0);
            while (clock.Elapsed < duration)
            {
                var i = Interlocked.Increment(ref next);
                using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body(i), Encoding.UTF8, "application/json") };
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[i % tokens.Length]);
                var started = Stopwatch.GetTimestamp();
                try
                {
                    using var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    if (!response.IsSuccessStatusCode || !isSuccess(text))
                    {
                        errors++;
                    }
                }
                catch (HttpRequestException)
                {
                    errors++;
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                requests++;
            }

            return (latencies, requests, errors);
        }).ToList();

        foreach (var (latencies, requests, errors) in await Task.WhenAll(workers))
        {
            run.Latencies.AddRange(latencies);
            run.Requests += requests;
            run.Errors += errors;
        }

        run.Seconds = clock.Elapsed.TotalSeconds;
        return run;
    }
}
