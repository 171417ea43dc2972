using System.Buffers;
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

    /// <summary>Writes the body as UTF-8 JSON to <paramref name="output"/>; false (nothing written) when there is none.</summary>
    public bool TryWriteBody(IBufferWriter<byte> output)
    {
        if (_cardAction is null && _body is null)
        {
            return false;
        }

        using var writer = new Utf8JsonWriter(output);
        if (_cardAction is { } answer)
        {
            JsonSerializer.Serialize(writer, answer, BotJsonContext.Default.AdaptiveCardInvokeResponse);
        }
        else
        {
            _body!.Value.WriteTo(writer);
        }

        return true;
    }
}

/// <summary>The body of an <c>adaptiveCard/action</c> invoke response (Universal Actions).</summary>
[JsonConverter(typeof(AdaptiveCardInvokeResponseConverter))]
public sealed class AdaptiveCardInvokeResponse
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    private JsonElement? _value;
    private Action<Utf8JsonWriter>? _valueWriter;

    public int StatusCode { get; set; } = 200;

    public string Type { get; set; } = MessageType;

    public JsonElement? Value
    {
        get => _value ??= _valueWriter is { } write ? Written(write) : null;
        set => (_value, _valueWriter) = (value, null);
    }

    /// <summary>
    /// Writes the value straight into the response, such as <c>AdaptiveCard.WriteTo</c>: a card built for one answer
    /// (every click on a card) is neither parsed into a document nor held as a separate array first. It must write
    /// exactly one JSON value.
    /// </summary>
    public Action<Utf8JsonWriter>? ValueWriter
    {
        get => _valueWriter;
        init => (_valueWriter, _value) = (value, null);
    }

    private static JsonElement Written(Action<Utf8JsonWriter> write)
    {
        var output = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(output))
        {
            write(writer);
        }

        return JsonSerializer.Deserialize(output.WrittenSpan, BotJsonContext.Default.JsonElement);
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
