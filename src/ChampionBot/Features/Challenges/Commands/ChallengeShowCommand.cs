using ChampionBot.BotFramework.Schema;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge show &lt;id&gt;</c>: the preview (the participant's card plus the owner's buttons).</summary>
public sealed class ChallengeShowCommand(OwnedPrograms programs, ChallengeDirectory directory, ChallengeOwnerActions actions) : IBotCommand
{
    public string Name => "challenge show";

    public string Usage => "challenge show ID";

    public string Description => "Preview a challenge exactly as participants will see it (by its number or name).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await ChallengeArguments.ResolveAsync(context, programs, directory, "challenge show ID") is not { } resolved)
        {
            return;
        }

        var (challenge, program, _) = resolved;

        var card = await actions.PreviewAsync(challenge, program, null, context.CancellationToken);
        await context.Turn.SendAsync(MessageFactory.Card(card.ToJsonElement(), challenge.Title));
    }
}
