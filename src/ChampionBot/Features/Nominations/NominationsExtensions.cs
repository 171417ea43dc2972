using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Champions;
using ChampionBot.Features.Commands;
using ChampionBot.Scheduling;

namespace ChampionBot.Features.Nominations;

public static class NominationsExtensions
{
    /// <summary>Nominations: picked after scoring, <c>nominate</c>, consent, the manager's decision, follow-up and announcement, withdrawal when a nominee opts out, and the owners' <c>nominations</c> listing.</summary>
    public static IServiceCollection AddNominations(this IServiceCollection services)
    {
        services.AddOptions<NominationsOptions>()
            .BindConfiguration(NominationsOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddScoped<NominationDeciders>();
        services.AddScoped<NominationMessages>();
        services.AddScoped<NominationFlow>();
        services.AddScoped<NominationDecisions>();
        services.AddScoped<NominationSelection>();
        services.AddScoped<IScoresRecomputed>(provider => provider.GetRequiredService<NominationSelection>());
        services.AddScoped<ConsentHandlers>();
        services.AddScoped<DecisionHandlers>();
        services.AddScoped<ICardAudience, NomineeAudience>();
        services.AddScoped<ICardAudience, NomineeManagerAudience>();
        services.AddScoped<ChampionWithdrawal>();
        services.AddScoped<NominationList>();
        services.AddBotCommand<NominateCommand>();
        services.AddBotCommand<NominationsCommand>();
        services.AddScheduledJob<NominationFollowUpJob>();
        return services;
    }

    public static ActivityRouter MapNominations(this ActivityRouter router) => router
        .OnCardAction(ConsentCard.YesVerb, CommandAudience.Nominee, (turn, action) => turn.Services.GetRequiredService<ConsentHandlers>().YesAsync(turn, action))
        .OnCardAction(ConsentCard.NoVerb, CommandAudience.Nominee, (turn, action) => turn.Services.GetRequiredService<ConsentHandlers>().NoAsync(turn, action))
        .OnCardAction(DecisionCard.ApproveVerb, CommandAudience.NomineeManager, (turn, action) => turn.Services.GetRequiredService<DecisionHandlers>().ApproveAsync(turn, action))
        .OnCardAction(DecisionCard.DeclineVerb, CommandAudience.NomineeManager, (turn, action) => turn.Services.GetRequiredService<DecisionHandlers>().DeclineAsync(turn, action))
        .OnCardAction(DecisionCard.NotNowVerb, CommandAudience.NomineeManager, (turn, action) => turn.Services.GetRequiredService<DecisionHandlers>().NotNowAsync(turn, action));
}
