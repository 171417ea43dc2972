using System.Text.Json.Nodes;

namespace ChampionBot.Tests.Support;

/// <summary>Real-shaped Teams activities from TestData/, with small changes per test.</summary>
public static class TestActivities
{
    public static JsonObject Load(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", name + ".json")))!.AsObject();

    public static JsonObject PersonalMessage(string text, TestPerson? from = null)
    {
        var activity = Load("message-personal");
        activity["text"] = text;
        return from is null ? activity : activity.From(from);
    }

    public static JsonObject ChannelMention(string command, TestPerson? from = null)
    {
        var activity = Load("message-channel-mention");
        activity["text"] = "<at>ChampionBot</at> " + command;
        return from is null ? activity : activity.From(from);
    }

    /// <summary>An Action.Execute invoke from a card, as Teams sends it (in Megan's 1:1 chat unless moved).</summary>
    public static JsonObject CardAction(string verb, JsonObject data, TestPerson? from = null)
    {
        var activity = Load("invoke-adaptive-card-action");
        activity["value"]!["action"]!["verb"] = verb;
        activity["value"]!["action"]!["data"] = data.DeepClone();
        return from is null ? activity : activity.From(from);
    }

    public static JsonObject From(this JsonObject activity, TestPerson person)
    {
        activity["from"] = new JsonObject { ["id"] = person.TeamsUserId, ["name"] = person.Name, ["aadObjectId"] = person.ObjectId };
        return activity;
    }

    public static JsonObject InConversation(this JsonObject activity, string conversationId)
    {
        activity["conversation"]!["id"] = conversationId;
        return activity;
    }
}

public sealed record TestPerson(string Name, string ObjectId, string TeamsUserId);

/// <summary>People from the demo organisation (seeds/ and .m365agentsplayground.yml).</summary>
public static class TestPeople
{
    public static readonly TestPerson Owner = new("Alex Wilber", "a1000000-0000-4000-8000-000000000001", "29:1Alex-owner-user-id");
    public static readonly TestPerson Megan = new("Megan Bowen", "a1000000-0000-4000-8000-000000000002", "29:1pXkF0b2W3hJmQ0-personal-megan");
}
