using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using ChampionBot.AdaptiveCards;

namespace ChampionBot.Features.Commands;

/// <summary>
/// A card button that runs a command for the person, exactly as if they had typed it: an <c>Action.Execute</c> whose
/// data carries the command text (<see cref="CommandButtonHandler"/> runs it). Not Teams' <c>imBack</c>: an
/// <c>Action.Submit</c> carrying <c>msteams</c> data does nothing in the Agents Playground, and Universal Actions work
/// in both. The command's answers arrive as messages below the card, which stays as it was.
/// </summary>
public static class CommandButton
{
    public const string Verb = "command.run";
    public const string CommandKey = "command";

    public static ExecuteAction For(string command, string title) => new()
    {
        Title = title,
        Verb = Verb,
        Data = new JsonObject { [CommandKey] = command },
    };
}

/// <summary>What a <see cref="CommandButton"/> carries: the command text to run.</summary>
public sealed record CommandButtonData([property: JsonPropertyName(CommandButton.CommandKey)] string? Command);
