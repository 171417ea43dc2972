namespace ChampionBot.Data.Entities;

/// <summary>
/// Where the bot can reach someone proactively. One row per conversation and user: a 1:1 chat has one user;
/// a channel has one row per person who spoke there. Unique on (<see cref="ConversationId"/>, <see cref="UserAadObjectId"/>).
/// </summary>
public sealed class ConversationReference
{
    public long Id { get; set; }

    public required string ServiceUrl { get; set; }

    /// <summary>Conversation id without any ";messageid=" thread suffix.</summary>
    public required string ConversationId { get; set; }

    /// <summary>"personal", "channel" or "groupChat".</summary>
    public string? ConversationType { get; set; }

    public string? BotId { get; set; }

    public string? UserId { get; set; }

    /// <summary>Entra object id of the user, or "" when the activity carried none.</summary>
    public required string UserAadObjectId { get; set; }

    public string? TenantId { get; set; }

    public string? TeamId { get; set; }

    public string? ChannelId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
