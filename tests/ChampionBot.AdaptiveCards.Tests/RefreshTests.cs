using System.Text.Json;

namespace ChampionBot.AdaptiveCards.Tests;

public class RefreshTests
{
    [Fact]
    public void UserIds_SixtyIds_AreAccepted()
    {
        var refresh = NewRefresh(Ids(60));

        Assert.Equal(60, refresh.UserIds!.Count);
    }

    [Fact]
    public void UserIds_SixtyOneIds_AreRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => NewRefresh(Ids(61)));

        Assert.Contains("60", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_ListGrownPastSixtyAfterInit_IsRejected()
    {
        var ids = Ids(60);
        var card = new AdaptiveCard { Refresh = NewRefresh(ids) };
        ids.Add("29:one-too-many");

        Assert.Throws<ArgumentException>(() => card.ToJson());
    }

    [Fact]
    public void ToJson_Refresh_WritesTheExecuteActionAndUserIds()
    {
        var card = new AdaptiveCard { Refresh = NewRefresh(["29:abc"]) };

        var refresh = JsonDocument.Parse(card.ToJson()).RootElement.GetProperty("refresh");

        Assert.Equal(
            """{"type":"Refresh","action":{"type":"Action.Execute","verb":"card.refresh"},"userIds":["29:abc"]}""",
            refresh.GetRawText());
    }

    private static Refresh NewRefresh(List<string> ids) => new()
    {
        Action = new ExecuteAction { Verb = "card.refresh", FallbackToSubmit = false },
        UserIds = ids,
    };

    private static List<string> Ids(int count) => Enumerable.Range(1, count).Select(i => $"29:user-{i}").ToList();
}
