using ChampionBot.Testing.Cards;

namespace ChampionBot.AdaptiveCards.Tests;

/// <summary>Teams charts: written with their documented properties, and accepted by the card checks as Teams extensions.</summary>
public class TeamsChartTests
{
    private const string Head = """{"type":"AdaptiveCard","version":"1.5","body":[""";

    [SkippableFact]
    public void Validate_EveryChartWithAFallback_IsAccepted()
    {
        var words = new TextBlock("In words") { Wrap = true };
        var card = new AdaptiveCard
        {
            FallbackText = "Charts",
            Body =
            [
                new VerticalBarChart { Title = "Per team", XAxisTitle = "Team", YAxisTitle = "%", ShowBarValues = true, Data = [new BarValue("A", 12.5) { Color = ChartColor.Good }], Fallback = words },
                new LineChart { Title = "Trend", Data = [new LineSeries("Capacity", [new LinePoint("9 Nov", 3), new LinePoint("16 Nov", 5)])], Fallback = words },
                new StackedHorizontalBarChart { Title = "Funnel", Data = [new StackedBar("Enrolled", [new ChartSlice("Reached", 30), new ChartSlice("Not yet", 0)])], Fallback = words },
                new DonutChart { Title = "Worked", Data = [new ChartSlice("First time", 20) { Color = ChartColor.Good }], Fallback = words },
                new GaugeChart { Title = "Capacity", Value = 14, Min = 0, Max = 35, SubLabel = "target 15 %", Segments = [new GaugeSegment("Band", 13) { Color = ChartColor.Good }], Fallback = words },
                new Container { Items = [new DonutChart { Data = [new ChartSlice("Nested", 1)], Fallback = new FactSet { Facts = [new Fact("Nested", "1")] } }] },
            ],
        };

        CardAssert.Valid(("charts", card.ToJson()));
    }

    [Fact]
    public void ToJson_Gauge_WritesTeamsTypeAndDocumentedNames()
    {
        var json = new AdaptiveCard { Body = [new GaugeChart { Value = 14, Segments = [new GaugeSegment("Band", 13)], Fallback = new TextBlock("14 %") }] }.ToJson();

        Assert.Contains("\"type\":\"Chart.Gauge\"", json, StringComparison.Ordinal);
        Assert.Contains("\"segments\":[{\"legend\":\"Band\",\"size\":13}]", json, StringComparison.Ordinal);
        Assert.Contains("\"fallback\":{\"type\":\"TextBlock\",\"text\":\"14 %\"}", json, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Validate_ChartWithoutFallback_IsRejected()
    {
        var result = CardValidator.Validate(("no fallback", Head + """{"type":"Chart.Donut","data":[{"legend":"A","value":1}]}]}""")).Single();

        Assert.Contains(result.SchemaProblems, p => p.Contains("needs a fallback", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Validate_UndocumentedChartProperty_IsRejected()
    {
        var result = CardValidator.Validate(("typo", Head + """{"type":"Chart.VerticalBar","data":[{"x":"A","y":1,"colour":"good"}],"fallback":{"type":"TextBlock","text":"A: 1"}}]}""")).Single();

        Assert.Equal(["/body/0/data/0/colour (Chart.VerticalBar): property not documented for this Teams chart"], result.SchemaProblems);
    }

    [SkippableFact]
    public void Validate_InvalidFallback_IsRejectedLikeAnyElement()
    {
        var result = CardValidator.Validate(("bad fallback", Head + """{"type":"Chart.Gauge","value":1,"segments":[{"legend":"A","size":1}],"fallback":{"type":"TextBlock","text":"A","wieght":"bolder"}}]}""")).Single();

        Assert.Contains(result.SchemaProblems, p => p.Contains("wieght", StringComparison.Ordinal));
    }
}
