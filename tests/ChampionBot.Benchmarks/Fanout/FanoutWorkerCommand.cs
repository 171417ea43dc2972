using ChampionBot.Data;
using ChampionBot.Delivery;
using ChampionBot.Features.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChampionBot.Benchmarks.Fanout;

/// <summary>
/// The sender process of a fan-out run (started and, with --crash-after, killed by <see cref="FanoutCommand"/>): the
/// app's own registrations (AddChampionData + AddDelivery, configured through environment variables) running until
/// the message has nothing left pending or in flight.
/// </summary>
internal sealed class FanoutWorkerCommand : IBenchmarkCommand
{
    public string Name => "fanout-worker";

    public string? Usage => null;

    public async Task<int> RunAsync(CommandLine args)
    {
        var messageId = Guid.Parse(args.String("message-id") ?? throw new ArgumentException("--message-id is required."));
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning);
        builder.AddChampionData();
        builder.AddDelivery();
        builder.Services.AddSingleton<IContactPermissions, ContactPermissions>();
        using var host = builder.Build();
        await host.StartAsync();

        // Counting 100,000 rows costs CPU the sender needs, so look rarely: the result's clock stops at the last
        // accepted copy, not when this process notices it is done.
        var outbox = host.Services.GetRequiredService<IOutbox>();
        while (await outbox.GetProgressAsync(messageId) is { Remaining: > 0 })
        {
            await Task.Delay(TimeSpan.FromSeconds(2));
        }

        await host.StopAsync();
        return 0;
    }
}
