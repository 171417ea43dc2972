using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChampionBot.AdaptiveCards.Tests;

/// <summary>
/// Every card answer is written on a hot path (a Monday burst of result cards). A card written by STJ's metadata path
/// (which its own polymorphism switches on) allocates a frame stack per card and is slower; on the source-generated
/// writers, writing a card into a reused buffer allocates nothing (an Action.Execute's Submit fallback aside: it is
/// built from the action when written, so the card here has none).
/// </summary>
public class GeneratedWriterTests
{
    [Fact]
    public void WriteTo_EveryElementAndActionNestedIntoAReusedBuffer_AllocatesNothing()
    {
        var sink = KitchenSinkCard.Build();
        ExecuteAction Execute(string verb) => new() { Title = verb, Verb = verb, Data = new JsonObject { ["id"] = 7 }, FallbackToSubmit = false };
        var card = new AdaptiveCard
        {
            Body = sink.Body,
            // Without its user ids: a read-only list is enumerated through its interface (32 bytes), which is not the point here.
            Refresh = new Refresh { Action = sink.Refresh!.Action },
            Actions =
            [
                Execute("sink.go"),
                .. sink.Actions!.Where(a => a is not ExecuteAction and not ShowCardAction),
                new ShowCardAction { Title = "More", Card = new AdaptiveCard { Body = sink.Body, Actions = [Execute("sink.more")] } },
            ],
        };
        var buffer = new ArrayBufferWriter<byte>(64 * 1024);
        using var writer = new Utf8JsonWriter(buffer);
        Write(card, buffer, writer);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Write(card, buffer, writer);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated == 0, $"Writing the card allocated {allocated} bytes; some type is off the source-generated writers.");
    }

    /// <summary>The schema's name of every element and action the model has (Adaptive Cards 1.5, and the Teams charts).</summary>
    private static readonly Dictionary<Type, string> SchemaTypes = new()
    {
        [typeof(TextBlock)] = "TextBlock", [typeof(RichTextBlock)] = "RichTextBlock", [typeof(FactSet)] = "FactSet",
        [typeof(ColumnSet)] = "ColumnSet", [typeof(Container)] = "Container", [typeof(Image)] = "Image",
        [typeof(ActionSet)] = "ActionSet", [typeof(Table)] = "Table", [typeof(TextInput)] = "Input.Text",
        [typeof(NumberInput)] = "Input.Number", [typeof(ChoiceSetInput)] = "Input.ChoiceSet", [typeof(ToggleInput)] = "Input.Toggle",
        [typeof(DateInput)] = "Input.Date", [typeof(TimeInput)] = "Input.Time", [typeof(ExecuteAction)] = "Action.Execute", [typeof(SubmitAction)] = "Action.Submit",
        [typeof(OpenUrlAction)] = "Action.OpenUrl", [typeof(ShowCardAction)] = "Action.ShowCard",
        // Teams extensions outside the 1.5 schema, under the names Teams documents.
        [typeof(VerticalBarChart)] = "Chart.VerticalBar", [typeof(LineChart)] = "Chart.Line", [typeof(DonutChart)] = "Chart.Donut",
        [typeof(GaugeChart)] = "Chart.Gauge", [typeof(StackedHorizontalBarChart)] = "Chart.HorizontalBar.Stacked",
    };

    public static TheoryData<Type> ElementAndActionTypes() =>
    [
        .. typeof(AdaptiveCard).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false } && (t.IsSubclassOf(typeof(CardElement)) || t.IsSubclassOf(typeof(CardAction)))),
    ];

    [Theory]
    [MemberData(nameof(ElementAndActionTypes))]
    public void ToJson_EveryElementAndActionType_IsWrittenWithItsSchemaTypeFirst(Type type)
    {
        // Uninitialized on purpose: this checks that the type is registered with the serializer, whatever its constructor needs.
        var instance = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(type);
        var card = instance is CardAction action ? new AdaptiveCard { Actions = [action] } : new AdaptiveCard { Body = [(CardElement)instance] };

        var written = JsonNode.Parse(card.ToJson())!;

        var first = (written["body"] ?? written["actions"])![0]!.AsObject().First();
        Assert.Equal("type", first.Key);
        Assert.True(SchemaTypes.TryGetValue(type, out var expected), $"{type.Name} is new: add its schema type to this table.");
        Assert.Equal(expected, first.Value!.GetValue<string>());
    }

    private static void Write(AdaptiveCard card, ArrayBufferWriter<byte> buffer, Utf8JsonWriter writer)
    {
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        card.WriteTo(writer);
        writer.Flush();
    }
}
