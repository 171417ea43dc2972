using ChampionBot.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Challenges;

/// <summary>
/// The real outbox, except that one chosen enqueue fails like a crash or a database blip: before anything is stored
/// (<see cref="FailBeforeStoring"/>) or just after its transaction committed (<see cref="FailAfterStoring"/>).
/// </summary>
public sealed class FlakyOutbox(IOutbox inner) : IOutbox
{
    private int _calls;
    private int _failingCall;
    private bool _afterStoring;

    public int Calls => _calls;

    /// <summary>Replaces the app's outbox with a flaky one (pass to <see cref="ChallengeHost.StartAsync"/>).</summary>
    public static void Install(IServiceCollection services) =>
        services.AddSingleton<IOutbox>(provider => new FlakyOutbox(ActivatorUtilities.CreateInstance<Outbox>(provider)));

    /// <summary>The flaky outbox of an app started with <see cref="Install"/>.</summary>
    public static FlakyOutbox Of(ChallengeHost host) => (FlakyOutbox)host.Services.GetRequiredService<IOutbox>();

    public void FailBeforeStoring(int call) => (_failingCall, _afterStoring) = (call, false);

    public void FailAfterStoring(int call) => (_failingCall, _afterStoring) = (call, true);

    public async Task<Guid> EnqueueAsync(OutboundRequest request, CancellationToken cancellationToken = default)
    {
        var call = Interlocked.Increment(ref _calls);
        if (call == _failingCall && !_afterStoring)
        {
            throw new InvalidOperationException("Simulated failure before the enqueue was stored.");
        }

        var id = await inner.EnqueueAsync(request, cancellationToken);
        if (call == _failingCall)
        {
            throw new InvalidOperationException("Simulated crash after the enqueue committed.");
        }

        return id;
    }

    public Task<bool> CancelAsync(Guid messageId, CancellationToken cancellationToken = default) => inner.CancelAsync(messageId, cancellationToken);

    public Task<bool> RecallAsync(Guid messageId, CancellationToken cancellationToken = default) => inner.RecallAsync(messageId, cancellationToken);

    public Task<DeliveryProgress?> GetProgressAsync(Guid messageId, CancellationToken cancellationToken = default) => inner.GetProgressAsync(messageId, cancellationToken);
}
