namespace ChampionBot.Delivery.Leadership;

/// <summary>Proof that this instance is the active sender; <see cref="Lost"/> fires if that stops being true.</summary>
public sealed class SenderLease(CancellationToken lost, Func<ValueTask> release) : IAsyncDisposable
{
    public CancellationToken Lost { get; } = lost;

    public ValueTask DisposeAsync() => release();
}

/// <summary>Decides which instance sends. Only the holder of a lease may claim deliveries.</summary>
public interface ISenderLeadership
{
    /// <summary>A lease when this instance is (now) the sender; null when another instance is.</summary>
    Task<SenderLease?> TryAcquireAsync(CancellationToken cancellationToken);
}

/// <summary>SQLite: the database belongs to one process, and that process sends.</summary>
public sealed class SingleProcessLeadership : ISenderLeadership
{
    public Task<SenderLease?> TryAcquireAsync(CancellationToken cancellationToken) =>
        Task.FromResult<SenderLease?>(new SenderLease(CancellationToken.None, () => ValueTask.CompletedTask));
}
