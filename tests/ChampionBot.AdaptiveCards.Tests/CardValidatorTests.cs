using ChampionBot.Testing.Cards;
using Xunit.Sdk;

namespace ChampionBot.AdaptiveCards.Tests;

/// <summary>Proves the validator every card test relies on really rejects bad cards, with each of its two checks.</summary>
public class CardValidatorTests
{
    private const string Head = """{"type":"AdaptiveCard","version":"1.5","body":[""";

    [SkippableFact]
    public void Validate_UnknownElementType_FailsSchemaAndParser()
    {
        var result = ValidateOne(Head + """{"type":"Flipbook","pages":[]}]}""");

        Assert.Contains(result.SchemaProblems, p => p.Contains("/body/0: unknown type \"Flipbook\"", StringComparison.Ordinal));
        Assert.Contains(result.ParserEvents, e => e.Contains("UnknownElementType", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_ElementFromVersion16_FailsSchemaAndParser()
    {
        // The library knows Carousel (1.6); parsing as a 1.5 host, like Teams, it must not accept it.
        var result = ValidateOne(Head + """{"type":"Carousel","pages":[]}]}""");

        Assert.Contains(result.SchemaProblems, p => p.Contains("unknown type \"Carousel\"", StringComparison.Ordinal));
        Assert.Contains(result.ParserEvents, e => e.Contains("Unknown element type \"Carousel\"", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_MisspelledProperty_FailsSchema()
    {
        var result = ValidateOne(Head + """{"type":"TextBlock","text":"Hi","wieght":"bolder"}]}""");

        Assert.Equal(["/body/0/wieght (TextBlock): property not allowed here"], result.SchemaProblems);
    }

    [SkippableFact]
    public void Validate_WrongEnumValueInANestedElement_FailsSchemaAtThatElement()
    {
        var result = ValidateOne(Head + """{"type":"Container","items":[{"type":"TextBlock","text":"Hi","size":"huge"}]}]}""");

        Assert.NotEmpty(result.SchemaProblems);
        Assert.All(result.SchemaProblems, p => Assert.StartsWith("/body/0/items/0/size (TextBlock)", p, StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_InputWithoutId_FailsSchemaAndParser()
    {
        var result = ValidateOne(Head + """{"type":"Input.Text","label":"Name"}]}""");

        Assert.Contains(result.SchemaProblems, p => p.Contains("\"id\"", StringComparison.Ordinal));
        Assert.Contains(result.ParserEvents, e => e.Contains("unique Id", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_OpenUrlWithoutUrl_FailsSchemaAndParser()
    {
        var result = ValidateOne("""{"type":"AdaptiveCard","version":"1.5","actions":[{"type":"Action.OpenUrl","title":"Go"}]}""");

        Assert.Contains(result.SchemaProblems, p => p.Contains("\"url\"", StringComparison.Ordinal));
        Assert.Contains(result.ParserEvents, e => e.Contains("\"url\" must be set", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_RtlOnContainer_FailsSchema()
    {
        // The 1.5 schema spells the property "rtl?" on Container, so "rtl" is not allowed there (see SOURCES.md).
        var result = ValidateOne(Head + """{"type":"Container","rtl":true,"items":[]}]}""");

        Assert.Equal(["/body/0/rtl (Container): property not allowed here"], result.SchemaProblems);
    }

    [SkippableFact]
    public void Validate_TeamsWidthNotFull_FailsSchema()
    {
        var result = ValidateOne("""{"type":"AdaptiveCard","version":"1.5","msteams":{"width":"wide"}}""");

        Assert.Contains(result.SchemaProblems, p => p.StartsWith("/msteams/width", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_ColumnInTheBody_FailsSchema()
    {
        var result = ValidateOne(Head + """{"type":"Column","items":[]}]}""");

        Assert.NotEmpty(result.SchemaProblems);
    }

    [SkippableFact]
    public void Validate_DuplicateIds_FailsParser()
    {
        // The schema cannot see duplicates; the renderer library can.
        var result = ValidateOne(Head + """{"type":"TextBlock","id":"x","text":"a"},{"type":"TextBlock","id":"x","text":"b"}]}""");

        Assert.Empty(result.SchemaProblems);
        Assert.Contains(result.ParserEvents, e => e.Contains("DuplicateId", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_ManyCards_ReportsEachCardInOrder()
    {
        var good = new AdaptiveCard { Body = [new TextBlock("ok")] }.ToJson();
        var bad = Head + """{"type":"Nope"}]}""";

        var results = CardValidator.Validate(("first", good), ("second", bad), ("third", good));

        Assert.Equal(["first", "second", "third"], results.Select(r => r.Name));
        Assert.Equal([true, false, true], results.Select(r => r.IsValid));
    }

    [SkippableFact]
    public void Validate_ManyCardsWithLang_AreAllValid()
    {
        // Regression: the library's shared /g regex for "lang" rejected every second card in one Node process.
        var card = new AdaptiveCard { Lang = "en", Body = [new TextBlock("Hello")] }.ToJson();

        var results = CardValidator.Validate(("1", card), ("2", card), ("3", card), ("4", card));

        Assert.All(results, r => Assert.Empty(r.AllProblems));
    }

    [SkippableFact]
    public void Valid_BadCard_FailsNamingTheCardAndTheProblem()
    {
        var error = Assert.Throws<FailException>(() => CardAssert.Valid(("broken welcome", Head + """{"type":"TextBlok","text":"Hi"}]}""")));

        Assert.Contains("broken welcome", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown type \"TextBlok\"", error.Message, StringComparison.Ordinal);
    }

    private static CardValidationResult ValidateOne(string json) => Assert.Single(CardValidator.Validate(("card", json)));
}
