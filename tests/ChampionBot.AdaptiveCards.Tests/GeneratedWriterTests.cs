using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChampionBot.AdaptiveCards.Tests;

/// <summary>
/// Every card answer is written on a hot path (a Monday burst of result cards). A card written by STJ's metadata path
/// (which its own polymorphism switches on) allocates a frame stack per card and is slower; on the source-generated
/// writers, writing a card into a reused buffer allocates nothing (an Action.Execute's Submit fallback aside: it is
/// built from the action when written).
/// </summary>
public class GeneratedWriterTests
{
    [Fact]
    public void WriteTo_EveryElementNestedIntoAReusedBuffer_AllocatesNothing()
    {
        var card = new AdaptiveCard { Body = KitchenSinkCard.Build().Body };
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer);
        Write(card, buffer, writer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Write(card, buffer, writer);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated == 0, $"Writing the card allocated {allocated} bytes; some type is off the source-generated writers.");
    }

    public static TheoryData<Type> ElementAndActionTypes() =>
    [
        .. typeof(AdaptiveCard).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && (t.IsSubclassOf(typeof(CardElement)) || t.IsSubclassOf(typeof(CardAction)))),
    ];

    [Theory]
    [MemberData(nameof(ElementAndActionTypes))]
    public void ToJson_EveryElementAndActionType_IsWrittenWithItsSchemaType(Type type)
    {
        // Uninitialized on purpose: this checks that the type is registered with the serializer, whatever its constructor needs.
        var instance = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
        var card = instance is CardAction action ? new AdaptiveCard { Actions = [action] } : new AdaptiveCard { Body = [(CardElement)instance] };

        var written = JsonNode.Parse(card.ToJson())!;

        var first = (written["body"] ?? written["actions"])![0]!.AsObject().First();
        Assert.Equal("type", first.Key);
        Assert.Equal(type.GetProperty("Type")!.GetValue(instance), first.Value!.GetValue<string>());
    }

    private static void Write(AdaptiveCard card, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        card.WriteTo(writer);
        writer.Flush();
    }
}
