using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Dread;

public static class DreadExtensions
{
    public static IServiceCollection AddDread(this IServiceCollection services)
    {
        services.AddScoped<DreadRoles>();
        services.AddScoped<DreadTasks>();
        services.AddScoped<DreadQuestion>();
        services.AddScoped<DreadSubmitHandler>();
        services.AddBotCommand<DreadCommand>();
        services.AddBotCommand<DreadSurveyCommand>();
        services.AddBotCommand<DreadTopCommand>();
        return services;
    }

    public static ActivityRouter MapDread(this ActivityRouter router) => router
        .OnCardAction(DreadCard.OpenVerb, CommandAudience.Everyone, (turn, _) => turn.Services.GetRequiredService<DreadSubmitHandler>().OpenAsync(turn))
        .OnCardAction(DreadCard.SubmitVerb, CommandAudience.Everyone, (turn, action) => turn.Services.GetRequiredService<DreadSubmitHandler>().HandleAsync(turn, action));
}
