using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Privacy;
using ChampionBot.Graph;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Trust;

/// <summary><c>privacy</c> is made from the registries the code uses, and those registries cover everything the code does.</summary>
public sealed class PrivacyAnswerTests
{
    [Fact]
    public void BotActions_EveryKindOfOutboxMessage_IsDescribed()
    {
        Assert.All(Enum.GetValues<OutboundMessageKind>(), kind => Assert.True(BotActions.Messages.ContainsKey(kind), $"{kind} has no entry in BotActions."));
    }

    [Fact]
    public void StoredData_EveryTableInTheModel_IsDescribed()
    {
        using var db = ChampionDbContextOptions.CreateContext(new StorageSettings(StorageProvider.Sqlite, "Data Source=:memory:"));

        var tables = db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null).Select(e => e.ClrType).ToList();

        Assert.All(tables, type => Assert.True(StoredData.Tables.ContainsKey(type), $"The table of {type.Name} is not described in StoredData: say what it holds and for how long."));
        Assert.Equal(tables.Count, StoredData.Tables.Count);
    }

    [Fact]
    public async Task Privacy_InThePersonalChat_ListsEveryGraphCallEveryMessageKindAndEveryPersonalTable()
    {
        using var app = new AppHost();

        await app.SendAsync(TestActivities.PersonalMessage("privacy", TestPeople.Megan));

        var text = app.Connector.Calls[^1].CardText;
        Assert.Contains(PrivacyCard.Title, text, StringComparison.Ordinal);
        Assert.All(GraphCalls.All, call =>
        {
            Assert.Contains(call.Readable(GraphCalls.Readings(new GraphOptions())), text, StringComparison.Ordinal);
            Assert.Contains(call.Permission, text, StringComparison.Ordinal);
        });
        Assert.All(BotActions.Messages.Values, m => Assert.Contains(m.WhenSent, text, StringComparison.Ordinal));
        Assert.All(StoredData.Tables.Values, t => Assert.Contains(t.HowLong, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Privacy_GraphEndpoints_ReadWithTheValuesTheBotSendsAndNoPlaceholders()
    {
        using var app = new AppHost().With("Graph:ReportPeriod", "D7");

        await app.SendAsync(TestActivities.PersonalMessage("privacy", TestPeople.Megan));

        var text = app.Connector.Calls[^1].CardText;
        Assert.Contains("GET /copilot/reports/getMicrosoft365CopilotUsageUserDetail(period='D7')", text, StringComparison.Ordinal);
        Assert.Contains("GET /users/(a participant's id)/manager", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("`", text, StringComparison.Ordinal);
    }
}
