using System.Text.Json;

namespace ChampionBot.BotFramework.Schema;

public sealed class Attachment
{
    public string? ContentType { get; set; }

    public string? ContentUrl { get; set; }

    public JsonElement? Content { get; set; }

    public string? Name { get; set; }
}
