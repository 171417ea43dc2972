using ChampionBot.BotFramework.Schema;
using ChampionBot.Data.Entities;

namespace ChampionBot.Delivery;

/// <summary>One activity for many people. Delivery does not look inside it: it sends what it is given.</summary>
public sealed record OutboundRequest
{
    public const int MaxIdempotencyKeyLength = 200;

    public required OutboundMessageKind Kind { get; init; }

    /// <summary>Entra object id of the person who asked for the send, or "system" for scheduled sends.</summary>
    public required string RequestedBy { get; init; }

    public required Activity Activity { get; init; }

    public required IReadOnlyCollection<OutboundRecipient> Recipients { get; init; }

    /// <summary>Where to keep one progress card up to date in place; null for no progress card.</summary>
    public ProgressConversation? ProgressConversation { get; init; }

    public int? ProgramId { get; init; }

    /// <summary>The program's IANA time zone, for recipients whose own zone is unknown (quiet hours).</summary>
    public string? DefaultTimeZone { get; init; }

    /// <summary>Nothing is sent before this moment (scheduled sends). Null means now.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>
    /// Makes a retried enqueue safe: when a message with this key exists (even one enqueued a moment ago by another
    /// instance), nothing new is stored and its id is returned. Null means every call stores a new message.
    /// At most <see cref="MaxIdempotencyKeyLength"/> characters; name it after what it stands for, e.g. "challenge-post:12:7".
    /// </summary>
    public string? IdempotencyKey { get; init; }
}

/// <summary>
/// A person (or channel) to reach. <paramref name="ConversationId"/> is the stored conversation when there is one;
/// otherwise the sender creates the 1:1 chat, which needs <paramref name="TeamsUserId"/> and <paramref name="TenantId"/>.
/// </summary>
public sealed record OutboundRecipient(
    string ObjectId,
    string? TeamsUserId,
    string TenantId,
    string ServiceUrl,
    string? ConversationId = null,
    string? TimeZone = null);

/// <summary>
/// The requester's conversation for the progress card. With <paramref name="ActivityId"/> the sender updates that
/// card; without it the sender posts the card first and then keeps updating it.
/// </summary>
public sealed record ProgressConversation(string ServiceUrl, string ConversationId, string? ActivityId = null);
