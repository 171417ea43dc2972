using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChampionBot.AdaptiveCards.Tests;

public class SerializationTests
{
    [Fact]
    public void ToJson_NewCard_WritesTypeSchemaAndVersionFirst()
    {
        var json = new AdaptiveCard { Body = [new TextBlock("Hello")] }.ToJson();

        Assert.StartsWith(
            """{"type":"AdaptiveCard","$schema":"http://adaptivecards.io/schemas/adaptive-card.json","version":"1.5",""",
            json,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_ElementsInAList_WriteTheirTypeFirstAndKeepSubtypeProperties()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("Hello") { Weight = TextWeight.Bolder, Wrap = true },
                new FactSet { Facts = [new Fact("Week", "48")] },
                new NumberInput("minutes") { Min = 0, Max = 600 },
            ],
        };

        var body = Parse(card)["body"]!;

        Assert.Equal("""{"type":"TextBlock","text":"Hello","weight":"bolder","wrap":true}""", body[0]!.ToJsonString());
        Assert.Equal("""{"type":"FactSet","facts":[{"type":"Fact","title":"Week","value":"48"}]}""", body[1]!.ToJsonString());
        Assert.Equal("""{"type":"Input.Number","min":0,"max":600,"id":"minutes"}""", body[2]!.ToJsonString());
    }

    [Fact]
    public void ToJson_UnsetProperties_AreLeftOut()
    {
        var json = new AdaptiveCard { Body = [new TextBlock("Hi")] }.ToJson();

        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
        Assert.DoesNotContain("actions", json, StringComparison.Ordinal);
        Assert.DoesNotContain("msteams", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_ActionsInAList_KeepTheirSubtype()
    {
        var card = new AdaptiveCard
        {
            Actions =
            [
                new OpenUrlAction { Title = "Open", Url = "https://example.com" },
                new ShowCardAction { Title = "More", Card = new AdaptiveCard { Body = [new TextBlock("More")] } },
            ],
        };

        var actions = Parse(card)["actions"]!;

        Assert.Equal("""{"type":"Action.OpenUrl","url":"https://example.com","title":"Open"}""", actions[0]!.ToJsonString());
        Assert.Equal("Action.ShowCard", actions[1]!["type"]!.GetValue<string>());
        Assert.Equal("More", actions[1]!["card"]!["body"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_EnumValues_AreTheSchemaStrings()
    {
        var card = new AdaptiveCard
        {
            Body =
            [
                new TextBlock("x") { Size = TextSize.ExtraLarge, Spacing = Spacing.ExtraLarge, Color = TextColor.Attention },
                new ChoiceSetInput("c") { Style = ChoiceInputStyle.Expanded },
            ],
            Actions = [new SubmitAction { AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive }],
        };

        var json = Parse(card);

        Assert.Equal("extraLarge", json["body"]![0]!["size"]!.GetValue<string>());
        Assert.Equal("extraLarge", json["body"]![0]!["spacing"]!.GetValue<string>());
        Assert.Equal("attention", json["body"]![0]!["color"]!.GetValue<string>());
        Assert.Equal("expanded", json["body"]![1]!["style"]!.GetValue<string>());
        Assert.Equal("None", json["actions"]![0]!["associatedInputs"]!.GetValue<string>());
        Assert.Equal("destructive", json["actions"]![0]!["style"]!.GetValue<string>());
    }

    [Fact]
    public void ToJson_FullWidth_WritesTeamsWidthFull()
    {
        var json = Parse(new AdaptiveCard { MsTeams = TeamsCardOptions.FullWidth });

        Assert.Equal("""{"width":"Full"}""", json["msteams"]!.ToJsonString());
    }

    [Fact]
    public void ToJson_ColumnWidths_AreKeywordsPixelsOrNumbers()
    {
        var set = new ColumnSet
        {
            Columns =
            [
                new Column { Width = ColumnWidth.Auto },
                new Column { Width = ColumnWidth.Stretch },
                new Column { Width = ColumnWidth.Pixels(50) },
                new Column { Width = ColumnWidth.Weight(2) },
            ],
        };

        var columns = Parse(new AdaptiveCard { Body = [set] })["body"]![0]!["columns"]!.AsArray();

        Assert.Equal(["\"auto\"", "\"stretch\"", "\"50px\"", "2"], columns.Select(c => c!["width"]!.ToJsonString()));
    }

    [Fact]
    public void ToJson_DateInput_WritesIsoDates()
    {
        var input = new DateInput("d") { Value = new DateOnly(2026, 11, 27), Min = new DateOnly(2026, 1, 2) };

        var json = Parse(new AdaptiveCard { Body = [input] })["body"]![0]!;

        Assert.Equal("2026-11-27", json["value"]!.GetValue<string>());
        Assert.Equal("2026-01-02", json["min"]!.GetValue<string>());
    }

    [Fact]
    public void ToJsonElement_SameCard_EqualsToJson()
    {
        var card = KitchenSinkCard.Build();

        Assert.Equal(card.ToJson(), card.ToJsonElement().GetRawText());
    }

    [Fact]
    public void ToJson_Indented_IsTheSameDocument()
    {
        var card = KitchenSinkCard.Build();

        using var indented = JsonDocument.Parse(card.ToJson(indented: true));

        Assert.Contains('\n', card.ToJson(indented: true));
        Assert.Equal(card.ToJson(), JsonSerializer.Serialize(indented.RootElement));
    }

    [Fact]
    public void ContentType_IsTheAdaptiveCardAttachmentType() =>
        Assert.Equal("application/vnd.microsoft.card.adaptive", AdaptiveCard.ContentType);

    private static JsonNode Parse(AdaptiveCard card) => JsonNode.Parse(card.ToJson())!;
}
