using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary><c>optout usage</c>: the Copilot usage report is no longer joined to the person; their score uses the bot's own evidence.</summary>
public sealed class OptOutUsageCommand(ParticipantDirectory directory, ParticipationChoices choices) : IBotCommand
{
    public string Name => "optout usage";

    public IReadOnlyList<string> Aliases => ["opt out usage", "opt out of usage", "optout of usage", "opt-out usage", "optout usage lookups"];

    public string Usage => "optout usage";

    public string Description => "Stop me looking you up in the Microsoft 365 Copilot usage report (you still get challenges).";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.StoredSenderOrExplainAsync(context, NotKnown) is not { } participant)
        {
            return;
        }

        await context.ReplyAsync(await choices.StopUsageLookupsAsync(participant, context.CancellationToken)
            ? "Done: I won't look you up in Microsoft 365's Copilot usage report any more, and I've deleted the dates I had read. " +
              "Your champion score now counts only what you report to me, and says so. You still get challenges. Type **optin usage** to undo."
            : "You're already opted out of usage lookups: your champion score counts only what you report to me. Type **optin usage** to undo.");
    }

    private const string NotKnown =
        "I don't have you as a participant, so I don't look you up in the Copilot usage report and there is nothing to opt out of; " +
            "this changed nothing I keep (type **mydata** to see it). If your team is enrolled later, type **optout usage** again then.";
}
