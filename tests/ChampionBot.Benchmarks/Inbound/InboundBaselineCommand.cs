using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Benchmarks.Inbound;

/// <summary>
/// The baseline server of an inbound run (started and killed by <see cref="InboundCommand"/>): a plain ASP.NET Core
/// endpoint answering a constant, in a process of its own, as the app is. Sharing the load generator's process would
/// let the client and the server share one thread pool and skip the cross-process wake-ups the app pays for.
/// </summary>
internal sealed class InboundBaselineCommand : IBenchmarkCommand
{
    public const string CommandName = "inbound-baseline";

    public string Name => CommandName;

    public string? Usage => null;

    public async Task<int> RunAsync(CommandLine args)
    {
        var port = args.OptionalInt("port") ?? throw new ArgumentException("--port is required.");
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        await using var baseline = builder.Build();
        baseline.MapPost("/", () => "ok");
        baseline.MapGet("/health/live", () => "ok");
        await baseline.RunAsync();
        return 0;
    }
}
