using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Dread;

/// <summary><c>dread</c>: the survey card, 1:1, so a person can tell the bot what they dread at any time.</summary>
public sealed class DreadCommand(ParticipantDirectory participants, DreadQuestion question) : IBotCommand
{
    public string Name => "dread";

    public string Usage => "dread";

    public string Description => "Tell me which part of your week you dread most.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await participants.RecordSenderAsync(context.Turn.Activity, context.CancellationToken) is not { } participant)
        {
            await context.ReplyAsync(DreadSubmitHandler.WhoAreYou);
            return;
        }

        // "dread <text>" carries what was typed into the card, so the person only adds the minutes.
        var typed = context.Arguments.Length > 0 ? new DreadAnswerInput(context.Arguments, null, null, null, null) : null;
        var card = await question.CardAsync(participant, typed: typed, cancellationToken: context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), DreadCard.Title));
    }
}
