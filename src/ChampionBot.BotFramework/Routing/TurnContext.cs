using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Routing;

/// <summary>One inbound activity being handled: the activity, the services of its scope, and ways to answer in its conversation.</summary>
public sealed class TurnContext(Activity activity, IConnectorClient connector, IServiceProvider services, CancellationToken cancellationToken)
{
    private string? _text;

    public Activity Activity { get; } = activity;

    public IServiceProvider Services { get; } = services;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IConnectorClient Connector { get; } = connector;

    /// <summary>The message text without the bot's own @mention, trimmed.</summary>
    public string Text => _text ??= Activity.GetTextWithoutBotMention();

    /// <summary>The sender's Entra object id when the channel sent one, else the channel user id.</summary>
    public string? SenderId => Activity.From?.AadObjectId ?? Activity.From?.Id;

    public Task<ResourceResponse> SendAsync(Activity outbound)
    {
        outbound.AsReplyTo(Activity);
        return Connector.SendAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, outbound, CancellationToken);
    }

    public Task<ResourceResponse> SendTextAsync(string text) => SendAsync(MessageFactory.Text(text));

    public Task<ResourceResponse> UpdateAsync(string activityId, Activity outbound)
    {
        outbound.AsReplyTo(Activity);
        return Connector.UpdateAsync(Activity.ServiceUrl!, Activity.Conversation!.Id!, activityId, outbound, CancellationToken);
    }
}
