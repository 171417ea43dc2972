using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.BotFramework.Schema;

/// <summary>
/// The HTTP answer to an invoke activity: a status and an optional JSON body. A card action's answer is kept typed and
/// written straight to the response body, so the card is not serialized, parsed and serialized again on the hot path.
/// </summary>
public sealed class InvokeResponse
{
    private readonly JsonElement? _body;
    private readonly AdaptiveCardInvokeResponse? _cardAction;

    public InvokeResponse(int status, JsonElement? body)
    {
        Status = status;
        _body = body;
    }

    private InvokeResponse(AdaptiveCardInvokeResponse cardAction)
    {
        Status = 200;
        _cardAction = cardAction;
    }

    public int Status { get; }

    /// <summary>The body as a JSON element (built on demand for a card action's answer).</summary>
    public JsonElement? Body => _cardAction is { } answer
        ? JsonSerializer.SerializeToElement(answer, BotJsonContext.Default.AdaptiveCardInvokeResponse)
        : _body;

    public static InvokeResponse NotImplemented() => new(501, null);

    /// <summary>The answer to an <c>adaptiveCard/action</c> invoke; Teams expects it with HTTP 200 whatever its own status code.</summary>
    public static InvokeResponse ForCardAction(AdaptiveCardInvokeResponse answer) => new(answer);

    /// <summary>The body as UTF-8 JSON; null when there is none.</summary>
    public byte[]? ToUtf8Json() => _cardAction is { } answer
        ? JsonSerializer.SerializeToUtf8Bytes(answer, BotJsonContext.Default.AdaptiveCardInvokeResponse)
        : _body is { } body
            ? JsonSerializer.SerializeToUtf8Bytes(body, BotJsonContext.Default.JsonElement)
            : null;
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response (Universal Actions).</summary>
[JsonConverter(typeof(AdaptiveCardInvokeResponseConverter))]
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    private JsonElement? _value;
    private ReadOnlyMemory<byte>? _utf8Value;

    public int StatusCode { get; set; } = 200;

    public string Type { get; set; } = MessageType;

    public JsonElement? Value
    {
        get => _value ??= _utf8Value is { } utf8 ? JsonSerializer.Deserialize(utf8.Span, BotJsonContext.Default.JsonElement) : null;
        set => (_value, _utf8Value) = (value, null);
    }

    /// <summary>
    /// The value as UTF-8 JSON, when it was built that way: written to the response as it is, without being parsed
    /// into a document first (a card answers every click on a card). It must be JSON written by a serializer, such as
    /// <c>AdaptiveCard.ToUtf8Json()</c>: it is not checked again.
    /// </summary>
    public ReadOnlyMemory<byte>? Utf8Value
    {
        get => _utf8Value;
        init => (_utf8Value, _value) = (value, null);
    }
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
