using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Programs;

namespace ChampionBot.Features.Challenges.Commands;

/// <summary>Reads "&lt;id&gt; [rest]" for the owner commands and answers clearly when the id is missing or unknown.</summary>
internal static class ChallengeArguments
{
    public static async Task<(Challenge Challenge, ChampionProgram Program, string Remainder)?> ResolveAsync(
        CommandContext context, OwnedPrograms programs, ChallengeDirectory directory, string usage)
    {
        var parts = context.Arguments.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0)
        {
            await context.ReplyAsync($"Which challenge? Type **{usage}**. {ChallengeDirectory.ListHint}");
            return null;
        }

        if (await programs.CurrentAsync(context.Turn.Activity, context.CancellationToken) is not { } program)
        {
            await context.ReplyAsync("There's no program yet. Set one up with **program** first.");
            return null;
        }

        var challenge = await directory.FindAsync(parts[0], context.CancellationToken);
        if (challenge is null || !ChallengeDirectory.BelongsTo(challenge, program))
        {
            await context.ReplyAsync($"There's no challenge {EchoedText.Quote(parts[0])} in your program. {ChallengeDirectory.ListHint}");
            return null;
        }

        return (challenge, program, parts.Length > 1 ? parts[1] : string.Empty);
    }
}
