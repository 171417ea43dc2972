namespace ChampionBot.Data;

/// <summary>The fields of an inbound activity the bot needs to reach that conversation again later.</summary>
public sealed record ConversationReferenceData(
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string? BotId,
    string? UserId,
    string? UserAadObjectId,
    string? TenantId,
    string? TeamId,
    string? ChannelId);
