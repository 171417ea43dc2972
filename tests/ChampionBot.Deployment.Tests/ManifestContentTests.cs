using System.Text.Json.Nodes;
using ChampionBot.Deployment.Tests.Support;

namespace ChampionBot.Deployment.Tests;

[Collection(AppPackageCollection.Name)]
public sealed class ManifestContentTests(AppPackageFixture package)
{
    private JsonNode Bot => package.Manifest["bots"]![0]!;

    private IEnumerable<JsonNode> Commands(string scope) =>
        Bot["commandLists"]!.AsArray()
            .Single(list => list!["scopes"]!.AsArray().Any(s => (string?)s == scope))!["commands"]!.AsArray()!;

    [Fact]
    public void Bot_Manifest_IsConversationalInPersonalAndTeamScopesWithoutFiles()
    {
        Assert.Equal(["personal", "team"], Bot["scopes"]!.AsArray().Select(scope => (string?)scope));
        Assert.False((bool)Bot["supportsFiles"]!);
        Assert.False((bool)Bot["isNotificationOnly"]!);
        Assert.Equal("1.19", (string?)package.Manifest["manifestVersion"]);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("team")]
    public void CommandList_EachScope_OffersOnlyDocumentedCommandsWithinTeamsLimits(string scope)
    {
        var commands = Commands(scope).ToList();
        var titles = commands.Select(command => (string)command["title"]!).ToList();

        Assert.InRange(commands.Count, 1, 10);
        Assert.Equal(titles.Count, titles.Distinct(StringComparer.Ordinal).Count());
        Assert.All(titles, title => Assert.True(BotCommands.IsDocumented(title), $"'{title}' is not a documented bot command."));
        Assert.All(titles, title => Assert.InRange(title.Length, 1, 32));
        Assert.All(commands, command => Assert.InRange(((string)command["description"]!).Length, 1, 128));
    }

    [Fact]
    public void CommandList_Personal_OffersWhatEveryParticipantNeeds()
    {
        var titles = Commands("personal").Select(command => (string)command["title"]!).ToHashSet();

        Assert.Superset(new HashSet<string> { "help", "dread", "challenge", "result", "me", "mydata", "optout" }, titles);
        Assert.Contains(titles, BotCommands.ForProgramOwners.Contains);
    }

    [Fact]
    public void CommandList_Team_LeavesPrivateDataCommandsToTheOneToOneChat()
    {
        var titles = Commands("team").Select(command => (string)command["title"]!).ToHashSet();

        Assert.DoesNotContain("mydata", titles);
        Assert.DoesNotContain("forget me", titles);
        Assert.DoesNotContain("dread", titles);
    }

    [Fact]
    public void Manifest_Packaged_AsksForNoSingleSignOnApplication()
    {
        // The bot calls Graph with application permissions as its managed identity and never uses Teams SSO,
        // so webApplicationInfo would only add a consent prompt (docs/deploy.md explains).
        Assert.Null(package.Manifest["webApplicationInfo"]);
    }
}
