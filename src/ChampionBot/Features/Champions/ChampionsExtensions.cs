using ChampionBot.Features.Commands;
using ChampionBot.Scheduling;

namespace ChampionBot.Features.Champions;

public static class ChampionsExtensions
{
    /// <summary>Champion scoring (the daily job, rescoring after results, early-asking evidence), and the owners' <c>champions</c> listing.</summary>
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
        services.AddScoped<IPersonAudience, ChampionAudience>();
        services.AddScoped<CopilotUsageImport>();
        services.AddScoped<DirectoryProfiles>();
        services.AddScoped<EarlyAsking>();
        services.AddScoped<ConcealedNamesNotice>();
        services.AddScoped<ChampionList>();
        services.AddBotCommand<ChampionsCommand>();
        services.AddScheduledJob<ChampionScoringJob>();
        return services;
    }
}
