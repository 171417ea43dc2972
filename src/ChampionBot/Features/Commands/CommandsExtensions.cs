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
        return services;
    }
}
