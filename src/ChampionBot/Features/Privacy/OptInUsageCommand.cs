using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary><c>optin usage</c>: undoes <c>optout usage</c>; the next daily report read includes the person again.</summary>
public sealed class OptInUsageCommand(ParticipantDirectory directory, ParticipationChoices choices) : IBotCommand
{
    public string Name => "optin usage";

    public IReadOnlyList<string> Aliases => ["opt in usage", "opt in to usage", "opt-in usage"];

    public string Usage => "optin usage";

    public string Description => "Let me read your Copilot usage dates again, as champion evidence.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.StoredSenderOrExplainAsync(context, NotKnown) is not { } participant)
        {
            return;
        }

        await context.ReplyAsync(await choices.AllowUsageLookupsAsync(participant, context.CancellationToken)
            ? "Done: from the next daily report I'll read the date you last used each Copilot app (never what you did) as champion evidence. Type **optout usage** to stop again."
            : "Usage lookups are already on for you. Type **optout usage** to stop them.");
    }

    private const string NotKnown =
        "I don't have you as a participant yet, so there is nothing to opt back into, and this changed nothing I keep (type **mydata** to see it). " +
            "Once your team is enrolled, usage lookups are on unless you type **optout usage**.";
}
