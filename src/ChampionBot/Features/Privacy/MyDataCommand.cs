using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary><c>mydata</c>: a card with everything stored about the sender. Reads only.</summary>
public sealed class MyDataCommand(ParticipantDirectory directory, PersonalData data) : IBotCommand
{
    public string Name => "mydata";

    public IReadOnlyList<string> Aliases => ["my data", "show my data"];

    public string Usage => "mydata";

    public string Description => "See everything I store about you.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        // Looking never writes: someone who used "forget me" and asks what is left must not be re-created by asking.
        if (await directory.SenderForLookingAsync(context) is not var (objectId, participant))
        {
            return;
        }

        var sections = await data.ReadAsync(objectId, participant, context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(MyDataCard.Build(sections).ToJsonElement(), MyDataCard.Title));
    }
}
