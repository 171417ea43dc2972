using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Results;

public static class ResultsExtensions
{
    public static IServiceCollection AddResults(this IServiceCollection services)
    {
        services.AddScoped<CurrentChallenges>();
        services.AddSingleton<ResultWriter>();
        services.AddHostedService(provider => provider.GetRequiredService<ResultWriter>());
        services.AddScoped<Rescue>();
        services.AddScoped<ResultHandlers>();
        services.AddSingleton<ResultSubmitHandler>();
        services.AddScoped<RetryHandlers>();
        services.AddBotCommand<ResultCommand>();
        return services;
    }

    public static ActivityRouter MapResults(this ActivityRouter router) => router
        .OnCardAction(ResultCard.OpenVerb, CommandAudience.Everyone, (turn, action) => turn.Services.GetRequiredService<ResultHandlers>().OpenAsync(turn, action))
        .OnCardAction(ResultCard.SubmitVerb, CommandAudience.Everyone, (turn, action) => turn.Services.GetRequiredService<ResultSubmitHandler>().SubmitAsync(turn, action))
        .OnCardAction(RescueCard.RetryVerb, CommandAudience.Everyone, (turn, action) => turn.Services.GetRequiredService<RetryHandlers>().StartAsync(turn, action))
        .OnCardAction(RetryCard.ReportVerb, CommandAudience.Everyone, (turn, action) => turn.Services.GetRequiredService<RetryHandlers>().ReportAsync(turn, action));
}
