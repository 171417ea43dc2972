using ChampionBot.BotFramework.Routing;
using ChampionBot.Features.Commands;
using ChampionBot.Features.Outcomes.Capacity;
using ChampionBot.Features.Outcomes.Digest;
using ChampionBot.Features.Outcomes.Export;
using ChampionBot.Features.Outcomes.Pulse;
using ChampionBot.Features.Outcomes.Readiness;
using ChampionBot.Features.Outcomes.Report;
using ChampionBot.Scheduling;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes;

public static class OutcomesExtensions
{
    public static IServiceCollection AddOutcomes(this IServiceCollection services)
    {
        services.AddOptions<OutcomesOptions>().BindConfiguration(OutcomesOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutcomesOptions>, OutcomesOptionsValidator>();
        services.AddOptions<ReadinessOptions>().BindConfiguration(ReadinessOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MaturityPulseOptions>().BindConfiguration(MaturityPulseOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DigestOptions>().BindConfiguration(DigestOptions.SectionName).ValidateOnStart();
        services.AddSingleton<ExportLinkSigner>();
        services.AddScoped<OutcomeLedger>();
        services.AddScoped<OutcomeExports>();
        services.AddScoped<OutcomeCsv>();
        services.AddScoped<MaturityRounds>();
        services.AddScoped<MaturityAnswerHandler>();
        services.AddScheduledJob<MaturityPulseJob>();
        services.AddScheduledJob<WeeklyDigestJob>();
        services.AddBotCommand<ReportCommand>();
        services.AddBotCommand<ExportCommand>();
        services.AddBotCommand<ProgramWidenCommand>();
        return services;
    }

    public static ActivityRouter MapOutcomes(this ActivityRouter router) => router
        .OnCardAction(MaturityPulseCard.SubmitVerb, CommandAudience.Everyone,
            (turn, action) => turn.Services.GetRequiredService<MaturityAnswerHandler>().HandleAsync(turn, action));
}
