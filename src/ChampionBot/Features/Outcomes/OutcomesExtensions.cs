namespace ChampionBot.Features.Outcomes;

public static class OutcomesExtensions
{
    public static IServiceCollection AddOutcomes(this IServiceCollection services)
    {
        services.AddScoped<OutcomeLedger>();
        return services;
    }
}
