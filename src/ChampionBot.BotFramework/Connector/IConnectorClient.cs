using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Connector;

/// <summary>The Bot Connector REST API, relative to a conversation's service URL.</summary>
public interface IConnectorClient
{
    Task<ResourceResponse> SendAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> ReplyAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken = default);

    Task DeleteAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken = default);

    /// <summary>Creates (or finds) a 1:1 chat with a user, or a new channel thread when <paramref name="parameters"/> carries an activity.</summary>
    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken = default);

    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize = 100, string? continuationToken = null, CancellationToken cancellationToken = default);
}
