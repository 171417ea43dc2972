using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// <c>optout nominations</c>: never nominated as a champion; an open nomination is withdrawn and a champion retired. A
/// champion or nominee is told what they would lose and asked first (<see cref="StopNominationsCard"/>); anyone else has
/// nothing to lose, so it takes effect at once.
/// </summary>
public sealed class OptOutNominationsCommand(ParticipantDirectory directory, ParticipationChoices choices) : IBotCommand
{
    public string Name => "optout nominations";

    public IReadOnlyList<string> Aliases => ["opt out nominations", "opt out of nominations", "optout of nominations", "opt-out nominations", "optout nomination"];

    public string Usage => "optout nominations";

    public string Description => "Never be nominated as an AI champion (you still get challenges).";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.StoredSenderOrExplainAsync(context, NotKnown) is not { } participant)
        {
            return;
        }

        if (participant.NominationsOptedOutAt is null
            && await choices.NominationStandingAsync(participant, context.CancellationToken) is var (championOf, open) && (championOf is not null || open))
        {
            await context.Turn.SendAsync(MessageFactory.Card(StopNominationsCard.Confirm(championOf, open).ToJsonElement(), "Opt out of nominations?"));
            return;
        }

        await context.ReplyAsync(await choices.StopNominationsAsync(participant, context.CancellationToken) is { } withdrawn
            ? "Done: I'll never nominate you as an AI champion." + ParticipationChoices.Withdrawn(withdrawn) +
              " You still get challenges. Type **optin nominations** to undo."
            : "You're already opted out of nominations: I'll never nominate you. Type **optin nominations** to undo.");
    }

    private const string NotKnown =
        "I don't have you as a participant, so I can't nominate you and there is nothing to opt out of, and this changed nothing I keep (type **mydata** to see it). " +
            "If your team is enrolled later, type **optout nominations** again then.";
}
