using ChampionBot.Data;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary><c>optin</c>: undoes <c>optout</c>.</summary>
public sealed class OptInCommand(ParticipantDirectory directory, ChampionDbContext db, TimeProvider time) : IBotCommand
{
    public string Name => "optin";

    public IReadOnlyList<string> Aliases => ["opt in", "opt-in", "subscribe"];

    public string Usage => "optin";

    public string Description => "Start getting challenges and reminders again after opting out.";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.SenderOrExplainAsync(context, changesSomething: true) is not { } participant)
        {
            return;
        }

        if (participant.OptedOutAt is null)
        {
            await context.ReplyAsync("You're already opted in: you'll get each new challenge as it's posted. Type **optout** any time to stop.");
            return;
        }

        participant.OptedOutAt = null;
        participant.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(context.CancellationToken);
        await context.ReplyAsync("Welcome back! You'll get the next challenge when it's posted. Messages I held back while you were opted out are not re-sent. Type **optout** any time to stop again.");
    }
}
