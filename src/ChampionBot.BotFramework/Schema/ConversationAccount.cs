using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.BotFramework.Schema;

public sealed class ConversationAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? ConversationType { get; set; }

    public string? TenantId { get; set; }

    public bool? IsGroup { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
