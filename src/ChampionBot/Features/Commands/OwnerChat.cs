using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Data;

namespace ChampionBot.Features.Commands;

/// <summary>
/// Owner commands typed in a channel are answered in the owner's 1:1 chat: their answers carry the program's owners,
/// counts, rankings and ids, which are not for everyone in the channel to read. The command runs as if typed in that
/// chat (the owner's most recent one), so every reply, card and progress line goes there.
/// </summary>
internal static class OwnerChat
{
    public static string AnsweredThere => "I've answered you in our 1:1 chat, so the program's details stay out of this channel.";

    public static string OpenIt(string command) =>
        $"I answer owner commands in our 1:1 chat, so the program's details stay out of this channel: open it (ChampionBot under Chat) and type **{command}** there.";

    /// <summary>The turn moved to the sender's 1:1 chat; null when the bot has no 1:1 chat with them yet.</summary>
    public static async Task<TurnContext?> PersonalTurnAsync(TurnContext turn)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } objectId)
        {
            return null;
        }

        var db = turn.Services.GetRequiredService<ChampionDbContext>();
        var chats = await ConversationReferenceStore.LatestPersonalChatsAsync(db, [objectId], turn.CancellationToken);
        if (!chats.TryGetValue(objectId, out var chat))
        {
            return null;
        }

        var inbound = turn.Activity;
        var personal = new Activity
        {
            Type = inbound.Type,
            ServiceUrl = chat.ServiceUrl,
            ChannelId = inbound.ChannelId,
            From = inbound.From,
            Recipient = inbound.Recipient,
            Conversation = new ConversationAccount { Id = chat.ConversationId, ConversationType = ConversationTypes.Personal, TenantId = chat.TenantId ?? inbound.Conversation?.TenantId },
            Text = turn.Text,
            Timestamp = inbound.Timestamp,
            LocalTimestamp = inbound.LocalTimestamp,
            LocalTimezone = inbound.LocalTimezone,
            Locale = inbound.Locale,
        };
        return new TurnContext(personal, () => turn.Connector, turn.Services, turn.CancellationToken);
    }
}
