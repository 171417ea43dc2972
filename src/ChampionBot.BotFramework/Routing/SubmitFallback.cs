using System.Text.Json;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Routing;

/// <summary>Reads an <c>Action.Submit</c> fallback message as a card action, and delivers a card action's answer as messages.</summary>
internal static class SubmitFallback
{
    public const string VerbKey = "verb";

    public static AdaptiveCardInvokeAction? TryRead(Activity activity)
    {
        if (activity.Type != ActivityTypes.Message
            || !string.IsNullOrWhiteSpace(activity.Text)
            || activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(VerbKey, out var verb)
            || verb.ValueKind != JsonValueKind.String
            || string.IsNullOrWhiteSpace(verb.GetString()))
        {
            return null;
        }

        return new AdaptiveCardInvokeAction { Type = "Action.Submit", Verb = verb.GetString(), Data = value.Clone() };
    }

    public static async Task ApplyAsync(TurnContext turn, AdaptiveCardInvokeResponse answer)
    {
        switch (answer.Type)
        {
            case AdaptiveCardInvokeResponse.CardType when answer.Value is { } card:
                var activity = MessageFactory.Card(card);
                if (!string.IsNullOrEmpty(turn.Activity.ReplyToId))
                {
                    await turn.UpdateAsync(turn.Activity.ReplyToId, activity).ConfigureAwait(false);
                }
                else
                {
                    await turn.SendAsync(activity).ConfigureAwait(false);
                }

                break;
            case AdaptiveCardInvokeResponse.MessageType when answer.Value is { ValueKind: JsonValueKind.String } text:
                await turn.SendTextAsync(text.GetString()!).ConfigureAwait(false);
                break;
            default:
                var message = answer.Value is { ValueKind: JsonValueKind.Object } error && error.TryGetProperty("message", out var m)
                    ? m.GetString()
                    : null;
                await turn.SendTextAsync(message ?? "That didn't work. Please try again.").ConfigureAwait(false);
                break;
        }
    }
}
