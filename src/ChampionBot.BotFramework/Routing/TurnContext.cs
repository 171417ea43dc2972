using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Routing;

/// <summary>One inbound activity being handled: the activity, the services of its scope, and ways to answer in its conversation.</summary>
public sealed class TurnContext
{
    private readonly Func<IConnectorClient> _connectorFactory;
    private IConnectorClient? _connector;
    private string? _text;

    public TurnContext(Activity activity, IConnectorClient connector, IServiceProvider services, CancellationToken cancellationToken)
        : this(activity, () => connector, services, cancellationToken)
    {
    }

    /// <param name="connectorFactory">Called on first use: most card actions only answer over HTTP, and each connector
    /// client is a new HttpClient.</param>
    public TurnContext(Activity activity, Func<IConnectorClient> connectorFactory, IServiceProvider services, CancellationToken cancellationToken)
    {
        Activity = activity;
        _connectorFactory = connectorFactory;
        Services = services;
        CancellationToken = cancellationToken;
    }

    public Activity Activity { get; }

    public IServiceProvider Services { get; }

    public CancellationToken CancellationToken { get; }

    public IConnectorClient Connector => _connector ??= _connectorFactory();

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
