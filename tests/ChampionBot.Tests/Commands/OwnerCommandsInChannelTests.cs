using ChampionBot.Testing.Databases;
using ChampionBot.Testing.Fakes;
using ChampionBot.Tests.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Commands;

public sealed class SqliteOwnerCommandsInChannelTests(SqliteTestDatabase database) : OwnerCommandsInChannelTests<SqliteTestDatabase>(database);

public sealed class PostgresOwnerCommandsInChannelTests(PostgresTestDatabase database) : OwnerCommandsInChannelTests<PostgresTestDatabase>(database);

/// <summary>Owner commands typed in a channel: the answer (owners, counts, rankings, ids) goes to the owner's 1:1 chat only.</summary>
public abstract class OwnerCommandsInChannelTests<TDatabase>(TDatabase database) : IClassFixture<TDatabase>
    where TDatabase : TestDatabase
{
    private const string OwnersChat = "a:owner-personal-chat";
    private const string Channel = "19:ai-challenges@thread.tacv2";

    [SkippableTheory]
    [InlineData("dread top")]
    [InlineData("program")]
    [InlineData("enroll")]
    [InlineData("dread survey")]
    [InlineData("report")]
    public async Task OwnerCommand_InAChannel_IsAnsweredInTheOwnersChatAndTheChannelOnlyHearsWhere(string command)
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.SendAsync(TestActivities.PersonalMessage("help", TestPeople.Owner).InConversation(OwnersChat));
        app.Connector.Clear();

        await app.SendAsync(TestActivities.ChannelMention(command, TestPeople.Owner));

        var replies = app.Connector.Calls.Where(c => c.Method == HttpMethod.Post).ToList();
        var inChannel = replies.Where(c => Conversation(c).StartsWith(Channel, StringComparison.Ordinal)).ToList();
        Assert.Equal("I've answered you in our 1:1 chat, so the program's details stay out of this channel.", Assert.Single(inChannel).Text);
        Assert.Contains(replies, c => Conversation(c) == OwnersChat);
    }

    [SkippableFact]
    public async Task OwnerCommand_InAChannelWithNo1To1ChatYet_SaysWhereToAskAndShowsNothing()
    {
        database.SkipUnlessAvailable();

        using var app = new AppHost(database);
        await app.WriteAsync(db => db.ConversationReferences
            .Where(r => r.UserAadObjectId == TestPeople.Owner.ObjectId && r.ConversationType == "personal").ExecuteDeleteAsync());

        await app.SendAsync(TestActivities.ChannelMention("dread top", TestPeople.Owner));

        var reply = Assert.Single(app.Connector.Calls);
        Assert.StartsWith(Channel, Conversation(reply), StringComparison.Ordinal);
        Assert.Contains("open it (ChampionBot under Chat) and type **dread top** there", reply.Text, StringComparison.Ordinal);
        Assert.Empty(reply.CardJson);
    }

    private static string Conversation(ConnectorCall call) =>
        Uri.UnescapeDataString(call.Path).Split("/conversations/")[1].Split("/activities")[0];
}
