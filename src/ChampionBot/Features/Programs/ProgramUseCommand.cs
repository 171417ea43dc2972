using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Programs;

/// <summary>
/// <c>program use NAME</c>: an owner of several programs chooses the one their owner commands work on. Remembered for
/// them (<see cref="OwnedPrograms.CurrentAsync"/>) until they choose another or stop owning it.
/// </summary>
public sealed class ProgramUseCommand(OwnedPrograms programs) : IBotCommand
{
    public string Name => "program use";

    public string Usage => "program use NAME";

    public string Description => "Own more than one program? Choose the one the owner commands work on (the start of its name is enough).";

    public CommandAudience Audience => CommandAudience.ProgramOwners;

    public async Task HandleAsync(CommandContext context)
    {
        var activity = context.Turn.Activity;
        var owned = await programs.AllAsync(activity, context.CancellationToken);
        if (owned.Count == 0 || await programs.CurrentAsync(activity, context.CancellationToken) is not { } current)
        {
            await context.ReplyAsync(OwnedPrograms.NoProgramReply);
            return;
        }

        if (context.Arguments.Trim().Length == 0)
        {
            await context.ReplyAsync($"Your owner commands work on **{current.Name}**. Your programs: {ProgramNames.List(owned)}. " +
                "To switch, type **program use** and the program's name.");
            return;
        }

        var (match, candidates) = ProgramNames.Find(owned, context.Arguments);
        if (match is null)
        {
            var typed = EchoedText.Quote(context.Arguments.Trim(), 80);
            await context.ReplyAsync(candidates.Count > 1
                ? $"{typed} fits more than one of your programs: {ProgramNames.List(candidates)}. {ProgramNames.HowToPick(candidates)} Nothing changed."
                : $"You don't own a program called {typed}. Your programs: {ProgramNames.List(owned)}. Nothing changed.");
            return;
        }

        await programs.UseAsync(activity, match, context.CancellationToken);
        await context.ReplyAsync($"Your owner commands now work on **{match.Name}** (until you choose another with **program use**). Type **program** to see it.");
    }
}
