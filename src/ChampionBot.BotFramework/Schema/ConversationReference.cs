namespace ChampionBot.BotFramework.Schema;

/// <summary>What the bot needs to reach a conversation again later (proactive messages).</summary>
public sealed record ConversationReference(
    string ServiceUrl,
    string ConversationId,
    string? ConversationType,
    string? TenantId,
    string? BotId,
    string? UserId,
    string? UserAadObjectId,
    string? TeamId,
    string? ChannelId)
{
    /// <summary>Reads the reference from an inbound activity; null when the activity lacks a service URL or conversation.</summary>
    public static ConversationReference? FromActivity(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return null;
        }

        return new ConversationReference(
            activity.ServiceUrl,
            activity.Conversation.Id,
            activity.Conversation.ConversationType,
            activity.GetTenantId(),
            activity.Recipient?.Id,
            activity.From?.Id,
            activity.From?.AadObjectId,
            activity.ChannelData?.Team?.Id,
            activity.ChannelData?.Channel?.Id);
    }
}
