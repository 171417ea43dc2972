using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge delete &lt;id&gt;</c>: deletes a draft of the owner's program. Scheduled, posted and library challenges stay.</summary>
public sealed class ChallengeDeleteCommand(OwnedPrograms programs, ChallengeDirectory directory, ChallengeOwnerEdits edits) : IBotCommand
{
    public string Name => "challenge delete";

    public string Usage => "challenge delete ID";

    public string Description => "Delete a draft challenge you wrote (never a posted one).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await ChallengeArguments.ResolveAsync(context, programs, directory, Usage) is not { } resolved)
        {
            return;
        }

        var (challenge, program, _) = resolved;
        await context.ReplyAsync(await edits.DeleteDraftAsync(challenge, program, context.Turn.Activity.From?.AadObjectId, context.CancellationToken));
    }
}
