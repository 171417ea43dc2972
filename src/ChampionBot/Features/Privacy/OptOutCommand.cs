using ChampionBot.Data;
using ChampionBot.Delivery;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

/// <summary>
/// <c>optout</c>: no more proactive messages, starting with anything already waiting to be sent; withdrawn from
/// nominations and retired as a champion (<see cref="ParticipationChoices.AfterProgramOptOutAsync"/>).
/// </summary>
public sealed class OptOutCommand(ParticipantDirectory directory, ChampionDbContext db, IOutbox outbox, ParticipationChoices choices, TimeProvider time) : IBotCommand
{
    public string Name => "optout";

    public IReadOnlyList<string> Aliases => ["opt out", "opt-out", "unsubscribe", "stop"];

    public string Usage => "optout";

    public string Description => "Stop all messages I send you on my own (challenges, reminders, surveys).";

    public CommandAudience Audience => CommandAudience.Everyone;

    public bool AvailableInChannels => false;

    public async Task HandleAsync(CommandContext context)
    {
        if (await directory.SenderOrExplainAsync(context, changesSomething: true) is not { } participant)
        {
            return;
        }

        var now = time.GetUtcNow();
        participant.OptedOutAt ??= now;
        participant.UpdatedAt = now;
        await db.SaveChangesAsync(context.CancellationToken);

        // The opt-out is committed first, so the sender refuses anything still on its way; this also closes what is queued.
        var cancelled = await outbox.CancelForRecipientAsync(participant.ObjectId, context.CancellationToken);
        var withdrawn = await choices.AfterProgramOptOutAsync(participant, context.CancellationToken);

        var queued = cancelled switch
        {
            0 => string.Empty,
            1 => " I also stopped 1 message that was waiting to go out to you.",
            _ => $" I also stopped {cancelled} messages that were waiting to go out to you.",
        };
        await context.ReplyAsync(
            "Done: you're opted out. I won't send you challenges, reminders or surveys any more." + queued + ParticipationChoices.Withdrawn(withdrawn) + "\n\n" +
            "You can still talk to me whenever you like: **result** to report, **me** for your impact, **mydata** to see what I store, " +
            "**forget me** to delete it. Type **optin** to start getting challenges again.");
    }
}
