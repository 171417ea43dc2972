using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using ChampionBot.Delivery;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Nominations;
using ChampionBot.Features.Participants;

namespace ChampionBot.Features.Privacy;

public static class PrivacyExtensions
{
    public static IServiceCollection AddPrivacy(this IServiceCollection services)
    {
        services.AddSingleton<IContactPermissions, ContactPermissions>();
        services.AddScoped<PersonalData>();
        services.AddScoped<Forgetting>();
        services.AddBotCommand<OptOutCommand>();
        services.AddBotCommand<OptInCommand>();
        services.AddBotCommand<MyDataCommand>();
        services.AddBotCommand<ForgetMeCommand>();
        services.AddBotCommand<PrivacyCommand>();
        services.AddScoped<ParticipationChoices>();
        services.AddBotCommand<OptOutUsageCommand>();
        services.AddBotCommand<OptInUsageCommand>();
        services.AddBotCommand<OptOutNominationsCommand>();
        services.AddBotCommand<OptInNominationsCommand>();
        return services;
    }

    public static ActivityRouter MapPrivacy(this ActivityRouter router) => router
        .OnCardAction(ForgetMeCard.ConfirmVerb, CommandAudience.Everyone, ConfirmForgetAsync)
        .OnCardAction(ForgetMeCard.CancelVerb, CommandAudience.Everyone, (_, _) => Task.FromResult(InvokeResponses.Card(ForgetMeCard.Kept().WriteTo)))
        .OnCardAction(StopNominationsCard.ConfirmVerb, CommandAudience.Everyone, StopNominationsAsync)
        .OnCardAction(StopNominationsCard.CancelVerb, CommandAudience.Everyone, (_, _) => Task.FromResult(InvokeResponses.Card(StopNominationsCard.Kept().WriteTo)));

    private static async Task<AdaptiveCardInvokeResponse> StopNominationsAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        var participant = string.IsNullOrEmpty(turn.Activity.From?.AadObjectId)
            ? null
            : await turn.Services.GetRequiredService<ParticipantDirectory>().FindAsync(turn.Activity.From.AadObjectId, turn.CancellationToken);
        if (participant is null)
        {
            return InvokeResponses.Message("I don't have you as a participant, so there is nothing to opt out of. Nothing changed.");
        }

        var withdrawn = await turn.Services.GetRequiredService<ParticipationChoices>().StopNominationsAsync(participant, turn.CancellationToken);
        return InvokeResponses.Card(StopNominationsCard.Done(withdrawn).WriteTo);
    }

    private static async Task<AdaptiveCardInvokeResponse> ConfirmForgetAsync(TurnContext turn, AdaptiveCardInvokeAction action)
    {
        if (!turn.Activity.IsPersonal() || string.IsNullOrEmpty(turn.Activity.From?.AadObjectId))
        {
            return InvokeResponses.Message("For your privacy, **forget me** only works in our 1:1 chat. Nothing was deleted.");
        }

        var forgotten = await turn.Services.GetRequiredService<Forgetting>().ForgetAsync(turn.Activity.From.AadObjectId, turn.CancellationToken);
        return InvokeResponses.Card(ForgetMeCard.Done(forgotten).WriteTo);
    }
}
