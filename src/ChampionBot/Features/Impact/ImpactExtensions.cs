using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Impact;

public static class ImpactExtensions
{
    public static IServiceCollection AddImpact(this IServiceCollection services)
    {
        services.AddScoped<PersonalImpact>();
        services.AddBotCommand<MeCommand>();
        return services;
    }
}
