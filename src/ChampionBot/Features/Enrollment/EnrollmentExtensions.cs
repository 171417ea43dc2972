using ChampionBot.Features.Commands;

namespace ChampionBot.Features.Enrollment;

public static class EnrollmentExtensions
{
    public static IServiceCollection AddEnrollment(this IServiceCollection services)
    {
        services.AddScoped<PilotRoster>();
        services.AddBotCommand<EnrollCommand>();
        return services;
    }
}
