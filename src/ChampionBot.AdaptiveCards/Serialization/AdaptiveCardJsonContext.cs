using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.AdaptiveCards.Serialization;

/// <summary>Source-generated serialization: camelCase names, nulls left out, elements and actions written by their runtime type.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]

// Each element and action type is written by its own generated writer (RuntimeTypeConverter).
[JsonSerializable(typeof(TextBlock))]
[JsonSerializable(typeof(RichTextBlock))]
[JsonSerializable(typeof(FactSet))]
[JsonSerializable(typeof(ColumnSet))]
[JsonSerializable(typeof(Container))]
[JsonSerializable(typeof(Image))]
[JsonSerializable(typeof(ActionSet))]
[JsonSerializable(typeof(Table))]
[JsonSerializable(typeof(TextInput))]
[JsonSerializable(typeof(NumberInput))]
[JsonSerializable(typeof(ChoiceSetInput))]
[JsonSerializable(typeof(ToggleInput))]
[JsonSerializable(typeof(DateInput))]
[JsonSerializable(typeof(TimeInput))]
[JsonSerializable(typeof(VerticalBarChart))]
[JsonSerializable(typeof(LineChart))]
[JsonSerializable(typeof(StackedHorizontalBarChart))]
[JsonSerializable(typeof(DonutChart))]
[JsonSerializable(typeof(GaugeChart))]
[JsonSerializable(typeof(ExecuteAction))]
[JsonSerializable(typeof(SubmitAction))]
[JsonSerializable(typeof(OpenUrlAction))]
[JsonSerializable(typeof(ShowCardAction))]
internal sealed partial class AdaptiveCardJsonContext : JsonSerializerContext
{
    // Built on first use: a static initializer here could run before the generated one that sets Default.
    private static AdaptiveCardJsonContext? indented;

    public static AdaptiveCardJsonContext Indented =>
        indented ??= new(new JsonSerializerOptions(Default.Options) { WriteIndented = true });
}
