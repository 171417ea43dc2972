namespace ChampionBot.Delivery;

/// <summary>
/// The one way features send proactive messages. A request is stored (one delivery per recipient) before anything
/// goes out; the sender then works through it under Teams' rate limits, surviving restarts.
/// </summary>
public interface IOutbox
{
    /// <summary>Stores the message and its deliveries; returns the message id. Duplicate recipients are sent once.</summary>
    Task<Guid> EnqueueAsync(OutboundRequest request, CancellationToken cancellationToken = default);

    /// <summary>The message stored under this idempotency key, whatever became of it ("already queued?", or to recall it); null when none.</summary>
    Task<Guid?> FindAsync(string idempotencyKey, CancellationToken cancellationToken = default);

    /// <summary>
    /// Takes back every message stored under a key that starts with <paramref name="idempotencyKeyPrefix"/>, as
    /// <see cref="RecallAsync"/> does; with <paramref name="erase"/> their stored content is replaced too, so nothing of
    /// what they said stays here ("forget me"). Returns how many messages it took back.
    /// </summary>
    Task<int> RecallByKeyPrefixAsync(string idempotencyKeyPrefix, bool erase, CancellationToken cancellationToken = default);

    /// <summary>Stops a send in progress: nothing more goes out. False when the message does not exist or already finished.</summary>
    Task<bool> CancelAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>Cancels what is not sent yet and deletes every sent copy, through the same rate-limited path.</summary>
    Task<bool> RecallAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>
    /// "Forget me" for the messages a person asked for: <paramref name="replacement"/> becomes the requester and no
    /// progress is posted to their chat any more. Returns how many messages changed.
    /// </summary>
    Task<int> ForgetRequesterAsync(string objectId, string replacement, CancellationToken cancellationToken = default);

    Task<DeliveryProgress?> GetProgressAsync(Guid messageId, CancellationToken cancellationToken = default);

    /// <summary>The object ids of recipients who removed or blocked the bot (403), at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<string>> BlockedRecipientsAsync(Guid messageId, int max = 50, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stops every copy still on its way to this person: queued ones are cancelled at once; ones in flight are stopped
    /// by the sender's check right before the POST (the app's <see cref="IContactPermissions"/> must already refuse
    /// the person, e.g. the opt-out is committed first). Returns how many copies were stopped.
    /// </summary>
    Task<int> CancelForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default);

    /// <summary>Cancels and then deletes every delivery to this person (forget me). Returns how many were deleted.</summary>
    Task<int> DeleteForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default);

    /// <summary>Every message stored for this person, oldest first (for "what do you store about me").</summary>
    Task<IReadOnlyList<RecipientDelivery>> ForRecipientAsync(string recipientObjectId, CancellationToken cancellationToken = default);

    /// <summary>For each person a copy has reached, the 1:1 chat of the latest one (time zone left unset).</summary>
    Task<IReadOnlyDictionary<string, OutboundRecipient>> LastReachedAsync(IReadOnlyCollection<string> recipientObjectIds, CancellationToken cancellationToken = default);

    /// <summary>How many deliveries the messages stored under these idempotency keys have.</summary>
    Task<int> CountDeliveriesAsync(IReadOnlyCollection<string> idempotencyKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// The keys, among <paramref name="idempotencyKeys"/>, of messages that reached nobody: every delivery ended unsent
    /// (failed, 403 or 404). Keys with nothing stored, or a copy still on its way, sent, cancelled or ambiguous, are left out.
    /// </summary>
    Task<IReadOnlySet<string>> UndeliveredAsync(IReadOnlyCollection<string> idempotencyKeys, CancellationToken cancellationToken = default);
}
