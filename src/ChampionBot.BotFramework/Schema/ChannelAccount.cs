using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.BotFramework.Schema;

/// <summary>A user or bot in a conversation. Ids are opaque strings: never parse them.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }

    public string? Name { get; set; }

    public string? AadObjectId { get; set; }

    public string? Role { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
