using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Impact;

/// <summary><c>me</c>: the sender's own challenges, minutes saved a week and streak.</summary>
public sealed class MeCommand(ParticipantDirectory directory, PersonalImpact impact) : IBotCommand
{
    public string Name => "me";

    public string Usage => "me";

    public string Description => "Your impact so far: your challenges, time saved a week, your streak.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.SenderForLookingAsync(context) is not var (_, participant))
        {
            return;
        }

        // Looking never writes: someone the bot has no profile for sees an empty card, and stays unknown.
        var summary = participant is null ? ImpactSummary.Empty : await impact.ForAsync(participant, context.CancellationToken);
        var firstName = (participant?.DisplayName ?? context.Turn.Activity.From?.Name)?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        await context.Turn.SendAsync(MessageFactory.Card(MeCard.Build(firstName, summary).ToJsonElement(), MeCard.Title));
    }
}
