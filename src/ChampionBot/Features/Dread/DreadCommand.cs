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
        if (await participants.GetOrCreateAsync(context.Turn.Activity, context.CancellationToken) is not { } participant)
        {
            await context.ReplyAsync(DreadSubmitHandler.WhoAreYou);
            return;
        }

        var card = await question.CardAsync(participant, cancellationToken: context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), DreadCard.Title));
    }
}
