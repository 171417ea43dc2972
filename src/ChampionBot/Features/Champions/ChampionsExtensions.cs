using ChampionBot.Scheduling;

namespace ChampionBot.Features.Champions;

public static class ChampionsExtensions
{
    /// <summary>Champion scoring: the daily job, rescoring after results, and early-asking evidence.</summary>
    public static IServiceCollection AddChampions(this IServiceCollection services)
    {
        services.AddOptions<ChampionScoringOptions>()
            .BindConfiguration(ChampionScoringOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<CopilotUsageState>();
        services.AddSingleton<ChampionRescores>();
        services.AddHostedService<ChampionRescoreWorker>();
        services.AddScoped<ChampionScorer>();
        services.AddScoped<CopilotUsageImport>();
        services.AddScoped<DirectoryProfiles>();
        services.AddScoped<EarlyAsking>();
        services.AddScheduledJob<ChampionScoringJob>();
        return services;
    }
}
