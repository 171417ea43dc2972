using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge post &lt;id&gt;</c>: post now, through the same path as the weekly schedule.</summary>
public sealed class ChallengePostCommand(OwnedPrograms programs, ChallengeDirectory directory, ChallengeOwnerActions actions) : IBotCommand
{
    public string Name => "challenge post";

    public string Usage => "challenge post ID";

    public string Description => "Post a challenge now: a new thread in the pilot channel and 1:1 to participants.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await ChallengeArguments.ResolveAsync(context, programs, directory, Usage) is not { } resolved)
        {
            return;
        }

        var (challenge, program, _) = resolved;

        var (_, message) = await actions.PostNowAsync(challenge, program, context.Turn.Activity, context.CancellationToken);
        await context.ReplyAsync(message);
    }
}
