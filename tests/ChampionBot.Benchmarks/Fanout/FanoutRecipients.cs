using System.Globalization;
using ChampionBot.Delivery;
using ChampionBot.Testing.ConnectorSimulator;

namespace ChampionBot.Benchmarks.Fanout;

/// <summary>Synthetic people: most with a stored 1:1 conversation (the bot was installed), some needing one created.</summary>
internal static class FanoutRecipients
{
    public const string TenantId = "00000000-0000-4000-8000-00000000b0b0";

    public static string TeamsUserId(int index) => "29:bench-" + index.ToString("D6", CultureInfo.InvariantCulture);

    public static OutboundRecipient Create(int index, string serviceUrl, bool storedConversation)
    {
        var teamsUserId = TeamsUserId(index);
        return new OutboundRecipient(
            ObjectId: "bench-object-" + index.ToString("D6", CultureInfo.InvariantCulture),
            TeamsUserId: teamsUserId,
            TenantId: TenantId,
            ServiceUrl: serviceUrl,
            ConversationId: storedConversation ? ConnectorSimulatorOptions.ConversationIdFor(teamsUserId) : null);
    }
}
