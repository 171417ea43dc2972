using System.Text.Json;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Routing;

/// <summary>Factory methods for <c>adaptiveCard/action</c> answers.</summary>
public static class InvokeResponses
{
    /// <summary>Replaces the card the user acted on with <paramref name="card"/>.</summary>
    public static AdaptiveCardInvokeResponse Card(JsonElement card) =>
        new() { StatusCode = 200, Type = AdaptiveCardInvokeResponse.CardType, Value = card };

    /// <summary>Replaces the card the user acted on with the card <paramref name="writeCard"/> writes into the response (e.g. <c>card.WriteTo</c>).</summary>
    public static AdaptiveCardInvokeResponse Card(Action<Utf8JsonWriter> writeCard) =>
        new() { StatusCode = 200, Type = AdaptiveCardInvokeResponse.CardType, ValueWriter = writeCard };

    /// <summary>Shows a short message to the user and leaves the card as it was.</summary>
    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = AdaptiveCardInvokeResponse.MessageType, Value = JsonSerializer.SerializeToElement(text, BotJsonContext.Default.String) };

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message)
    {
        using var doc = JsonDocument.Parse($$"""{"code":{{JsonSerializer.Serialize(code, BotJsonContext.Default.String)}},"message":{{JsonSerializer.Serialize(message, BotJsonContext.Default.String)}}}""");
        return new() { StatusCode = statusCode, Type = AdaptiveCardInvokeResponse.ErrorType, Value = doc.RootElement.Clone() };
    }
}
