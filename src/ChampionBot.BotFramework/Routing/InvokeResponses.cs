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

    /// <summary>
    /// Shows a short message to the user and leaves the card as it was. Teams shows it as plain text, so the markdown
    /// bold the app's chat replies use (<c>**result**</c>) is dropped rather than shown as asterisks.
    /// </summary>
    public static AdaptiveCardInvokeResponse Message(string text) =>
        new() { StatusCode = 200, Type = AdaptiveCardInvokeResponse.MessageType, Value = JsonSerializer.SerializeToElement(PlainText(text), BotJsonContext.Default.String) };

    /// <summary>The text without markdown bold markers.</summary>
    public static string PlainText(string text) => text.Replace("**", string.Empty, StringComparison.Ordinal);

    public static AdaptiveCardInvokeResponse Error(int statusCode, string code, string message)
    {
        using var doc = JsonDocument.Parse($$"""{"code":{{JsonSerializer.Serialize(code, BotJsonContext.Default.String)}},"message":{{JsonSerializer.Serialize(message, BotJsonContext.Default.String)}}}""");
        return new() { StatusCode = statusCode, Type = AdaptiveCardInvokeResponse.ErrorType, Value = doc.RootElement.Clone() };
    }
}
