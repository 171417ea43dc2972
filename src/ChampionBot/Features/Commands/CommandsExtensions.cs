using ChampionBot.BotFramework.Routing;

namespace ChampionBot.Features.Commands;

public static class CommandsExtensions
{
    public static IServiceCollection AddBotCommand<TCommand>(this IServiceCollection services)
        where TCommand : class, IBotCommand
    {
        services.AddScoped<IBotCommand, TCommand>();
        return services;
    }

    public static IServiceCollection AddCommands(this IServiceCollection services)
    {
        services.AddScoped<CommandCatalog>();
        services.AddScoped<CommandDispatcher>();
        services.AddScoped<CardActionGate>();
        services.AddScoped<PersonAudiences>();
        services.AddHostedService<CommandCatalogCheck>();
        return services;
    }

    public static ActivityRouter MapCommands(this ActivityRouter router) => router
        .OnCardAction(CommandButton.Verb, CommandAudience.Everyone, CommandButtonHandler.RunAsync)
        .OnMessage(turn => turn.Services.GetRequiredService<CommandDispatcher>().HandleAsync(turn));
}
