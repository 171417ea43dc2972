using ChampionBot.Delivery;

namespace ChampionBot.Tests.Outcomes;

/// <summary>An outbox that only records what a job asked it to send.</summary>
internal sealed class RecordingOutbox : IOutbox
{
    public List<OutboundRequest> Requests { get; } = [];

    public Task<Guid> EnqueueAsync(OutboundRequest request, CancellationToken cancellationToken = default)
    {
        Requests.Add(request);
        return Task.FromResult(Guid.NewGuid());
    }

    public Task<Guid?> FindAsync(string idempotencyKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Requests.Exists(r => r.IdempotencyKey == idempotencyKey) ? Guid.Empty : (Guid?)null);

    public Task<IReadOnlyDictionary<string, OutboundRecipient>> LastReachedAsync(IReadOnlyCollection<string> recipientObjectIds, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyDictionary<string, OutboundRecipient>>(new Dictionary<string, OutboundRecipient>());

    public Task<bool> CancelAsync(Guid messageId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> RecallByKeyPrefixAsync(string idempotencyKeyPrefix, bool erase, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<bool> RecallAsync(Guid messageId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> ForgetRequesterAsync(string objectId, string replacement, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<DeliveryProgress?> GetProgressAsync(Guid messageId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<string>> BlockedRecipientsAsync(Guid messageId, int max = 50, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> CancelForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> DeleteForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<RecipientDelivery>> ForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<int> CountDeliveriesAsync(IReadOnlyCollection<string> idempotencyKeys, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlySet<string>> UndeliveredAsync(IReadOnlyCollection<string> idempotencyKeys, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
