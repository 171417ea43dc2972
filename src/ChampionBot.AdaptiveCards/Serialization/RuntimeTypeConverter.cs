using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards.Serialization;

/// <summary>
/// Writes an element or action as its runtime type (whose <c>type</c> property names it in the schema). STJ's own
/// polymorphism would do the same, but it switches the whole card to the slower, allocating metadata path; this keeps
/// every type on its source-generated writer. Cards are only ever written, never read back into this model.
/// </summary>
internal sealed class RuntimeTypeConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    public override TBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException($"Adaptive Cards are written by this model, not read: {typeof(TBase).Name} cannot be deserialized.");

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, options.GetTypeInfo(value.GetType()));
}
