using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChampionBot.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Registers a job with the scheduler (and the scheduler itself, once). Jobs are scoped: each poll gets a fresh scope.
    /// Configuration: the <c>Scheduler</c> section (<see cref="SchedulerOptions"/>).
    /// </summary>
    public static IServiceCollection AddScheduledJob<TJob>(this IServiceCollection services)
        where TJob : class, IScheduledJob
    {
        if (!services.Any(d => d.ServiceType == typeof(SchedulerService)))
        {
            services.AddOptions<SchedulerOptions>()
                .BindConfiguration(SchedulerOptions.SectionName)
                .ValidateDataAnnotations()
                .ValidateOnStart();
            services.TryAddSingleton(TimeProvider.System);
            services.AddSingleton<SchedulerMetrics>();
            services.AddSingleton<SchedulerService>();
            services.AddSingleton<IHostedService>(provider => provider.GetRequiredService<SchedulerService>());
        }

        services.TryAddEnumerable(ServiceDescriptor.Scoped<IScheduledJob, TJob>());
        return services;
    }
}
