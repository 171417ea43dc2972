using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Commands;
using ChampionBot.Data;
using ChampionBot.Features.Participants;
using ChampionBot.Scheduling;

namespace ChampionBot.Features.Reminders;

public static class RemindersExtensions
{
    public static IServiceCollection AddReminders(this IServiceCollection services)
    {
        services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddScheduledJob<ReminderJob>();
        return services;
    }

    public static ActivityRouter MapReminders(this ActivityRouter router) => router.OnCardAction(ReminderCard.SnoozeVerb, CommandAudience.Everyone, SnoozeAsync);

    private static async Task<BotFramework.Schema.AdaptiveCardInvokeResponse> SnoozeAsync(TurnContext turn, BotFramework.Schema.AdaptiveCardInvokeAction action)
    {
        if (await turn.Services.GetRequiredService<ParticipantDirectory>().RecordSenderAsync(turn.Activity, turn.CancellationToken) is not { } participant)
        {
            return InvokeResponses.Message("I couldn't tell who you are from this message, so nothing changed. Please try again from Teams.");
        }

        var now = turn.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        participant.SnoozedUntil = now + RemindersOptions.SnoozeFor;
        participant.UpdatedAt = now;
        await turn.Services.GetRequiredService<ChampionDbContext>().SaveChangesAsync(turn.CancellationToken);
        return InvokeResponses.Card(ReminderCard.Snoozed(participant.SnoozedUntil.Value).WriteTo);
    }
}
