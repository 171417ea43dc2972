using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Outcomes;

public static class OutcomesExtensions
{
    public static IServiceCollection AddOutcomes(this IServiceCollection services)
    {
        services.AddScoped<OutcomeLedger>();
        services.AddBotCommand<ReportCommand>();
        return services;
    }
}
