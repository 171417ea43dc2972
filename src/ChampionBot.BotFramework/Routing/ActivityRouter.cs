using System.Text.Json;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Routing;

public delegate Task TurnHandler(TurnContext turn);

public delegate Task<AdaptiveCardInvokeResponse> CardActionHandler(TurnContext turn, AdaptiveCardInvokeAction action);

public delegate Task<InvokeResponse> InvokeHandler(TurnContext turn);

/// <summary>
/// A small explicit router: one handler list per activity type, card actions by verb, invokes by name.
/// Handlers for the same type run in the order they were added. A verb or invoke name has one handler: registering it
/// twice throws, so a second feature can never silently take over another's button.
/// </summary>
public sealed class ActivityRouter
{
    private readonly List<TurnHandler> _messages = [];
    private readonly List<TurnHandler> _conversationUpdates = [];
    private readonly List<TurnHandler> _installationUpdates = [];
    private readonly Dictionary<string, CardActionHandler> _cardActions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, InvokeHandler> _invokes = new(StringComparer.Ordinal);
    private CardActionHandler? _unknownCardAction;

    public ActivityRouter OnMessage(TurnHandler handler) => Add(_messages, handler);

    public ActivityRouter OnConversationUpdate(TurnHandler handler) => Add(_conversationUpdates, handler);

    public ActivityRouter OnInstallationUpdate(TurnHandler handler) => Add(_installationUpdates, handler);

    public ActivityRouter OnCardAction(string verb, CardActionHandler handler)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(verb);
        if (!_cardActions.TryAdd(verb, handler))
        {
            throw new InvalidOperationException($"The card action verb '{verb}' already has a handler; each verb belongs to one feature.");
        }

        return this;
    }

    /// <summary>True when <paramref name="verb"/> has a handler of its own (the unknown-action answer aside).</summary>
    public bool HandlesCardAction(string verb) => _cardActions.ContainsKey(verb);

    /// <summary>Answers card actions whose verb has no handler (for example a card from an older version of the bot).</summary>
    public ActivityRouter OnUnknownCardAction(CardActionHandler handler)
    {
        _unknownCardAction = handler;
        return this;
    }

    public ActivityRouter OnInvoke(string name, InvokeHandler handler)
    {
        if (!_invokes.TryAdd(name, handler))
        {
            throw new InvalidOperationException($"The invoke '{name}' already has a handler.");
        }

        return this;
    }

    /// <summary>Runs the handlers for a non-invoke activity.</summary>
    public async Task RouteAsync(TurnContext turn)
    {
        if (SubmitFallback.TryRead(turn.Activity) is { } submitted)
        {
            await RouteSubmitFallbackAsync(turn, submitted).ConfigureAwait(false);
            return;
        }

        var handlers = turn.Activity.Type switch
        {
            ActivityTypes.Message => _messages,
            ActivityTypes.ConversationUpdate => _conversationUpdates,
            ActivityTypes.InstallationUpdate => _installationUpdates,
            _ => [],
        };

        foreach (var handler in handlers)
        {
            await handler(turn).ConfigureAwait(false);
        }
    }

    /// <summary>Runs the handler for an invoke activity and returns the HTTP answer (501 when nothing handles it).</summary>
    public async Task<InvokeResponse> RouteInvokeAsync(TurnContext turn)
    {
        var name = turn.Activity.Name ?? string.Empty;
        if (name == InvokeNames.AdaptiveCardAction)
        {
            return await RouteCardActionAsync(turn).ConfigureAwait(false);
        }

        return _invokes.TryGetValue(name, out var handler)
            ? await handler(turn).ConfigureAwait(false)
            : InvokeResponse.NotImplemented();
    }

    private async Task<InvokeResponse> RouteCardActionAsync(TurnContext turn)
    {
        var value = CardActionReader.Read(turn.Activity);
        if (value?.Action is not { Verb: { Length: > 0 } verb } action)
        {
            return CardInvoke(InvokeResponses.Error(400, "BadRequest", "The card action has no verb."));
        }

        var handler = _cardActions.GetValueOrDefault(verb) ?? _unknownCardAction;
        if (handler is null)
        {
            return CardInvoke(InvokeResponses.Error(400, "UnknownAction", "This card is out of date. Type 'help' to start again."));
        }

        return CardInvoke(await handler(turn, action).ConfigureAwait(false));
    }

    /// <summary>
    /// Clients without Universal Actions run the <c>Action.Submit</c> fallback: a message whose value carries the verb.
    /// It goes to the same handler; a card answer replaces the card the user acted on, a text answer is sent.
    /// </summary>
    private async Task RouteSubmitFallbackAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var handler = _cardActions.GetValueOrDefault(action.Verb!) ?? _unknownCardAction;
        var answer = handler is null
            ? InvokeResponses.Message("This card is out of date. Type 'help' to start again.")
            : await handler(turn, action).ConfigureAwait(false);
        await SubmitFallback.ApplyAsync(turn, answer).ConfigureAwait(false);
    }

    private static InvokeResponse CardInvoke(AdaptiveCardInvokeResponse body) => InvokeResponse.ForCardAction(body);

    private ActivityRouter Add(List<TurnHandler> list, TurnHandler handler)
    {
        list.Add(handler);
        return this;
    }
}
