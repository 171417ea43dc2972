using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChampionBot.BotFramework.Schema;

/// <summary>
/// An activity entity. Mentions (<c>type: "mention"</c>) and Teams' <c>clientInfo</c> are typed;
/// other kinds keep their fields in <see cref="ExtensionData"/>.
/// </summary>
public sealed class Entity
{
    public const string MentionType = "mention";
    public const string ClientInfoType = "clientInfo";

    public string? Type { get; set; }

    public ChannelAccount? Mentioned { get; set; }

    public string? Text { get; set; }

    public string? Locale { get; set; }

    public string? Country { get; set; }

    public string? Platform { get; set; }

    public string? Timezone { get; set; }

    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
