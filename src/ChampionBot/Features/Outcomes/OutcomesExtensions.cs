using ChampionBot.Features.Commands;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes;

public static class OutcomesExtensions
{
    public static IServiceCollection AddOutcomes(this IServiceCollection services)
    {
        services.AddOptions<OutcomesOptions>().BindConfiguration(OutcomesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutcomesOptions>, OutcomesOptionsValidator>();
        services.AddSingleton<ExportLinkSigner>();
        services.AddScoped<OutcomeLedger>();
        services.AddScoped<OutcomeExports>();
        services.AddScoped<OutcomeCsv>();
        services.AddBotCommand<ReportCommand>();
        services.AddBotCommand<ExportCommand>();
        return services;
    }
}
