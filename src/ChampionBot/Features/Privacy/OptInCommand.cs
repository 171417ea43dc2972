using ChampionBot.Data;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// <c>optin</c>: undoes <c>optout</c>, and takes someone who used <c>forget me</c> off the do-not-contact list. Only the
/// person can do this, by writing to the bot; nothing else lifts the list.
/// </summary>
public sealed class OptInCommand(ParticipantDirectory directory, ChampionDbContext db, TimeProvider time) : IBotCommand
{
    public string Name => "optin";

    public IReadOnlyList<string> Aliases => ["opt in", "opt-in", "subscribe"];

    public string Usage => "optin";

    public string Description => "Start getting challenges and reminders again after opting out (or after forget me).";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.SenderOrExplainAsync(context, changesSomething: true) is not { } participant)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(context.CancellationToken);
        var delisted = await db.DoNotContactList.Where(d => d.ObjectId == participant.ObjectId).ExecuteDeleteAsync(context.CancellationToken) > 0;
        if (participant.OptedOutAt is null && !delisted)
        {
            await context.ReplyAsync("You're already opted in: you'll get each new challenge as it's posted. Type **optout** any time to stop.");
            return;
        }

        participant.OptedOutAt = null;
        participant.UpdatedAt = time.GetUtcNow();
        await db.SaveChangesAsync(context.CancellationToken);
        await transaction.CommitAsync(context.CancellationToken);
        await context.ReplyAsync(delisted
            ? "Welcome back! I've taken you off my do-not-contact list, so I can message you again. You'll get challenges once " +
              "your program's owner enrols your team again. Type **optout** any time to stop, or **forget me** to be forgotten again."
            : "Welcome back! You'll get the next challenge when it's posted. Messages I held back while you were opted out are not re-sent. Type **optout** any time to stop again.");
    }
}
