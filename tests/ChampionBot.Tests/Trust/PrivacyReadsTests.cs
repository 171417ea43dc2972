using ChampionBot.BotFramework.Connector;
using ChampionBot.Features.Privacy;
using ChampionBot.Tests.Support;

namespace ChampionBot.Tests.Trust;

/// <summary><c>privacy</c> lists the reads of people made through Teams, where the data is, and what stays with Teams.</summary>
public sealed class PrivacyReadsTests
{
    [Fact]
    public void TeamsReads_EveryConnectorMethodThatReads_IsDescribed()
    {
        var reads = typeof(IConnectorClient).GetMethods().Where(m => m.Name.StartsWith("Get", StringComparison.Ordinal)).Select(m => m.Name).ToList();

        Assert.NotEmpty(reads);
        Assert.All(reads, name => Assert.True(TeamsReads.All.Any(r => r.Call == name), $"{name} reads from Teams but has no entry in TeamsReads: say what it reads and why."));
    }

    [Fact]
    public async Task Privacy_InThePersonalChat_ListsTheRosterReadWhereDataIsKeptAndWhatStaysInTeams()
    {
        using var app = new AppHost();

        await app.SendAsync(TestActivities.PersonalMessage("privacy", TestPeople.Megan));

        var text = app.Connector.Calls[^1].CardText;
        Assert.Contains("What I read from Teams", text, StringComparison.Ordinal);
        Assert.Contains("when a program owner types enroll", text, StringComparison.Ordinal);
        Assert.Contains(TeamsReads.WithEachMessage, text, StringComparison.Ordinal);
        Assert.Contains(StoredData.Where, text, StringComparison.Ordinal);
        Assert.All(StoredData.KeptByTeams, line => Assert.Contains(line, text, StringComparison.Ordinal));
    }
}
