using ChampionBot.Data.Entities;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Participants;

public static class SenderLookup
{
    /// <summary>
    /// The sender of a command as a participant; when the activity names nobody (no Entra object id), tells them so and
    /// returns null, so the command can stop without writing anything.
    /// </summary>
    public static async Task<Participant?> SenderOrExplainAsync(this ParticipantDirectory directory, CommandContext context, bool changesSomething = false)
    {
        if (await directory.RecordSenderAsync(context.Turn.Activity, context.CancellationToken) is { } participant)
        {
            return participant;
        }

        await context.ReplyAsync(changesSomething ? UnknownSenderChanging : UnknownSender);
        return null;
    }

    /// <summary>
    /// The sender as stored, for a choice about what the bot already holds on them (<c>optout nominations</c>, say):
    /// someone the bot does not know is told <paramref name="unknownReply"/> and nothing is stored, not even them.
    /// </summary>
    public static async Task<Participant?> StoredSenderOrExplainAsync(this ParticipantDirectory directory, CommandContext context, string unknownReply)
    {
        if (context.Turn.Activity.From?.AadObjectId is not { Length: > 0 } objectId)
        {
            await context.ReplyAsync(UnknownSenderChanging);
            return null;
        }

        if (await directory.FindAsync(objectId, context.CancellationToken) is { } participant)
        {
            return participant;
        }

        await context.ReplyAsync(unknownReply);
        return null;
    }

    /// <summary>
    /// The sender's Entra object id for a screen that only shows things, with their stored profile if there is one.
    /// Writes nothing. When the activity names nobody, tells them so and returns null.
    /// </summary>
    public static async Task<(string ObjectId, Participant? Participant)?> SenderForLookingAsync(this ParticipantDirectory directory, CommandContext context)
    {
        if (context.Turn.Activity.From?.AadObjectId is not { Length: > 0 } objectId)
        {
            await context.ReplyAsync(UnknownSender);
            return null;
        }

        return (objectId, await directory.FindSenderAsync(context.Turn.Activity, context.CancellationToken));
    }

    private const string UnknownSender = "I couldn't tell who you are from this message. Please try again from Teams.";

    private const string UnknownSenderChanging = "I couldn't tell who you are from this message, so nothing changed. Please try again from Teams.";
}
