using ChampionBot.Features.Commands;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// <c>optin nominations</c>: undoes <c>optout nominations</c>. It makes no one a champion again: a retired champion is
/// told that takes a new nomination.
/// </summary>
public sealed class OptInNominationsCommand(ParticipantDirectory directory, ParticipationChoices choices) : IBotCommand
{
    public string Name => "optin nominations";

    public IReadOnlyList<string> Aliases => ["opt in nominations", "opt in to nominations", "opt-in nominations", "optin nomination"];

    public string Usage => "optin nominations";

    public string Description => "Let me nominate you as an AI champion again when your results show it.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.StoredSenderOrExplainAsync(context, NotKnown) is not { } participant)
        {
            return;
        }

        if (!await choices.AllowNominationsAsync(participant, context.CancellationToken))
        {
            await context.ReplyAsync("You can already be nominated. Type **optout nominations** if you'd rather not be.");
            return;
        }

        var retired = await choices.RetiredChampionAsync(participant, context.CancellationToken)
            ? " You're not a champion now: being one again takes a new nomination, which your manager decides."
            : string.Empty;
        await context.ReplyAsync("Done: you can be nominated as an AI champion again when your results show it." + retired +
            " Type **optout nominations** to stop again.");
    }

    private const string NotKnown =
        "I don't have you as a participant yet, so there is nothing to opt back into, and this changed nothing I keep (type **mydata** to see it). " +
            "Once your team is enrolled you can be nominated when your results show it.";
}
