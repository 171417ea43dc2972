using ChampionBot.Features.Champions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChampionBot.Tests.Champions;

/// <summary>A burst of results is rescored in one pass after the window, not one database transaction per result.</summary>
public sealed class ChampionRescoreWorkerTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));
    private readonly ChampionRescores _rescores = new();

    [Fact]
    public async Task NextSet_ResultsDuringTheWindow_ReturnedOnceAfterTheWindowWithoutDuplicates()
    {
        var worker = Worker(delaySeconds: 30);
        _rescores.Enqueue(1);
        _rescores.Enqueue(2);

        var next = worker.NextSetAsync(CancellationToken.None);
        _rescores.Enqueue(1);
        _rescores.Enqueue(3);
        _time.Advance(TimeSpan.FromSeconds(29));
        Assert.False(next.IsCompleted);
        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal([1, 2, 3], (await next)!.Order());
    }

    [Fact]
    public async Task NextSet_NoWindowConfigured_ReturnsWhatIsQueuedAtOnce()
    {
        var worker = Worker(delaySeconds: 0);
        _rescores.Enqueue(7);

        var ids = await worker.NextSetAsync(CancellationToken.None);

        Assert.Equal([7], ids!);
    }

    private ChampionRescoreWorker Worker(int delaySeconds) => new(
        _rescores,
        new ServiceCollection().BuildServiceProvider().GetRequiredService<IServiceScopeFactory>(),
        Options.Create(new ChampionScoringOptions { RescoreDelaySeconds = delaySeconds }),
        _time,
        NullLogger<ChampionRescoreWorker>.Instance);
}
