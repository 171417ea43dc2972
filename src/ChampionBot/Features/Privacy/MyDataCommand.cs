using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary><c>mydata</c>: a card with everything stored about the sender.</summary>
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
        if (await directory.SenderOrExplainAsync(context) is not { } participant)
        {
            return;
        }

        var sections = await data.ReadAsync(participant, context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(MyDataCard.Build(sections).ToJsonElement(), MyDataCard.Title));
    }
}
