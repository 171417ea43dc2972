using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Welcome;

namespace ChampionBot.Features.Help;

public static class HelpExtensions
{
    public static IServiceCollection AddHelpAndWelcome(this IServiceCollection services)
    {
        services.AddBotCommand<HelpCommand>();
        services.AddSingleton<IWelcomeLog, InMemoryWelcomeLog>();
        services.AddScoped<WelcomeHandler>();
        return services;
    }

    public static ActivityRouter MapWelcome(this ActivityRouter router) => router
        .OnInstallationUpdate(turn => turn.Services.GetRequiredService<WelcomeHandler>().OnInstallationUpdateAsync(turn))
        .OnConversationUpdate(turn => turn.Services.GetRequiredService<WelcomeHandler>().OnConversationUpdateAsync(turn));
}
