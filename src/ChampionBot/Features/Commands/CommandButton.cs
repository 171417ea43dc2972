using System.Text.Json.Nodes;
using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Commands;

/// <summary>
/// A card button that types a command for the person (Teams <c>imBack</c>): the text appears in the chat as if they
/// had typed it, and runs like any typed command. For the 1:1 chat, where no @mention is needed.
/// </summary>
public static class CommandButton
{
    public static SubmitAction For(string command, string title) => new()
    {
        Title = title,
        Data = new JsonObject { ["msteams"] = new JsonObject { ["type"] = "imBack", ["value"] = command } },
    };
}
