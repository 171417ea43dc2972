using System.Text.Json;

namespace ChampionBot.BotFramework.Schema;

/// <summary>The HTTP answer to an invoke activity: a status and an optional body.</summary>
public sealed record InvokeResponse(int Status, JsonElement? Body)
{
    public static InvokeResponse NotImplemented() => new(501, null);
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response (Universal Actions).</summary>
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    public int StatusCode { get; set; } = 200;

    public string Type { get; set; } = MessageType;

    public JsonElement? Value { get; set; }
}

/// <summary>The <c>value</c> of an <c>adaptiveCard/action</c> invoke.</summary>
public sealed class AdaptiveCardInvokeValue
{
    public AdaptiveCardInvokeAction? Action { get; set; }

    public string? Trigger { get; set; }
}

public sealed class AdaptiveCardInvokeAction
{
    public string? Type { get; set; }

    public string? Id { get; set; }

    public string? Verb { get; set; }

    public JsonElement? Data { get; set; }
}
