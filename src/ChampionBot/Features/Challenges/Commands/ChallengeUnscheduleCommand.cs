using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge unschedule &lt;id&gt;</c>: takes a scheduled challenge off the calendar; it becomes a draft again.</summary>
public sealed class ChallengeUnscheduleCommand(OwnedPrograms programs, ChallengeDirectory directory, ChallengeOwnerEdits edits) : IBotCommand
{
    public string Name => "challenge unschedule";

    public string Usage => "challenge unschedule ID";

    public string Description => "Take a scheduled challenge off the calendar (it stays as a draft).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await ChallengeArguments.ResolveAsync(context, programs, directory, Usage) is not { } resolved)
        {
            return;
        }

        var (challenge, program, _) = resolved;
        await context.ReplyAsync(await edits.UnscheduleAsync(challenge, program, context.Turn.Activity.From?.AadObjectId, context.CancellationToken));
    }
}
