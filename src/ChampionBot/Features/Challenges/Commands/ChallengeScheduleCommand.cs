using ChampionBot.Features.Challenges.Posting;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary><c>challenge schedule &lt;id&gt; &lt;yyyy-mm-dd|next&gt;</c>.</summary>
public sealed class ChallengeScheduleCommand(OwnedPrograms programs, ChallengeDirectory directory, ChallengeScheduling scheduling) : IBotCommand
{
    public string Name => "challenge schedule";

    public string Usage => "challenge schedule ID next";

    public string Description => "Queue a challenge (ID from challenge list) for the next free week, or a date instead of next, like 2026-12-14.";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        if (await ChallengeArguments.ResolveAsync(context, programs, directory, Usage) is not { } resolved)
        {
            return;
        }

        var (challenge, program, when) = resolved;

        if (when.Length == 0)
        {
            await context.ReplyAsync($"When should it post? Type **challenge schedule {challenge.Id} next** or a date like **challenge schedule {challenge.Id} 2026-12-07**.");
            return;
        }

        var outcome = await scheduling.ScheduleAsync(challenge, program, when, context.CancellationToken);
        await context.ReplyAsync(outcome.Message);
    }
}
