using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Commands;

/// <summary>Turns a message into a command: checks who may run it and where, and answers unknown text with a suggestion.</summary>
public sealed partial class CommandDispatcher(CommandCatalog catalog, ProgramOwners owners, PersonAudiences people, ILogger<CommandDispatcher> logger)
{
    public Task HandleAsync(TurnContext turn) => HandleAsync(turn, turn.Text);

    /// <summary>Runs <paramref name="text"/> as if the sender had typed it (a <see cref="CommandButton"/>).</summary>
    public async Task HandleAsync(TurnContext turn, string text)
    {
        if (text.Length == 0)
        {
            // A picture, a file or an empty @mention: silence would look like the bot is broken.
            // Teams sends every message with a text/html copy of it: only other attachments are pictures or files.
            await turn.SendTextAsync(turn.Activity.Attachments?.Any(a => a.ContentType is not "text/html") is true
                ? "I can only read text, so I can't look at pictures or files. Type **help** to see what I can do."
                : "I didn't get any words there. Type **help** to see what I can do.");
            return;
        }

        var isOwner = await owners.IsOwnerAsync(turn.Activity, turn.CancellationToken);
        var inChannel = !turn.Activity.IsPersonal();
        if ((catalog.Match(text) ?? (TypedIntent.CommandFor(text) is { } meant ? catalog.Match(meant) : null)) is not { } match)
        {
            await turn.SendTextAsync(SmallTalk.ReplyTo(text) ?? UnknownCommandReply(text, isOwner, inChannel));
            return;
        }

        var (command, arguments) = match;
        var allowed = command.Audience switch
        {
            CommandAudience.Everyone => true,
            CommandAudience.ProgramOwners => isOwner,
            _ => await people.IncludesAsync(command.Audience, turn.Activity, turn.CancellationToken) == true,
        };
        if (!allowed)
        {
            LogRefused(logger, command.Name);
            await turn.SendTextAsync(CommandRefusals.NotInAudience($"**{command.Name}**", command.Audience));
            return;
        }

        if (inChannel && !command.AvailableInChannels)
        {
            await turn.SendTextAsync($"Let's keep that between us: open our 1:1 chat (ChampionBot under Chat) and type **{command.Name}** there.");
            return;
        }

        if (inChannel && command.Audience == CommandAudience.ProgramOwners)
        {
            await AnswerInPersonalChatAsync(turn, command, arguments);
            return;
        }

        await command.HandleAsync(new CommandContext(turn, arguments, isOwner));
    }

    private static async Task AnswerInPersonalChatAsync(TurnContext turn, IBotCommand command, string arguments)
    {
        if (await OwnerChat.PersonalTurnAsync(turn) is not { } personal)
        {
            await turn.SendTextAsync(OwnerChat.OpenIt(command.Name));
            return;
        }

        await command.HandleAsync(new CommandContext(personal, arguments, SenderIsOwner: true));
        await turn.SendTextAsync(OwnerChat.AnsweredThere);
    }

    private string UnknownCommandReply(string text, bool isOwner, bool inChannel)
    {
        var quoted = EchoedText.Quote(text);
        return catalog.Suggest(text, isOwner, inChannel) is { } suggestion
            ? $"I don't know {quoted}. Did you mean **{suggestion.Usage}**? Type **help** to see everything I can do."
            : $"I don't know {quoted} yet. Type **help** to see everything I can do.";
    }

    // Who asked is left out: object ids stay out of Information logs.
    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Refused owner command {Command} for someone who is not an owner")]
    private static partial void LogRefused(ILogger logger, string command);
}
