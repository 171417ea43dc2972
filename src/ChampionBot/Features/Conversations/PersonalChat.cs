using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.Features.Conversations;

/// <summary>Sends the sender of a channel turn a message in their 1:1 chat with the bot (Teams returns the existing chat).</summary>
public static class PersonalChat
{
    public static async Task SendAsync(TurnContext turn, Activity message)
    {
        var inbound = turn.Activity;
        var tenantId = inbound.GetTenantId();
        var chat = await turn.Connector.CreateConversationAsync(inbound.ServiceUrl!, new ConversationParameters
        {
            IsGroup = false,
            Bot = inbound.Recipient,
            Members = [new ChannelAccount { Id = inbound.From!.Id }],
            TenantId = tenantId,
            ChannelData = new TeamsChannelData { Tenant = new TenantInfo { Id = tenantId } },
        }, turn.CancellationToken);
        await turn.Connector.SendAsync(inbound.ServiceUrl!, chat.Id!, message, turn.CancellationToken);
    }
}
