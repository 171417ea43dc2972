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
        if (await directory.GetOrCreateAsync(context.Turn.Activity, context.CancellationToken) is { } participant)
        {
            return participant;
        }

        await context.ReplyAsync(changesSomething
            ? "I couldn't tell who you are from this message, so nothing changed. Please try again from Teams."
            : "I couldn't tell who you are from this message. Please try again from Teams.");
        return null;
    }
}
