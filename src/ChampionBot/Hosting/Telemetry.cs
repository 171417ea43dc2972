using Azure.Monitor.OpenTelemetry.AspNetCore;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ChampionBot.Hosting;

/// <summary>
/// OpenTelemetry traces, metrics and logs. Exported to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c>
/// is set, to an OTLP collector when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and to the console when
/// <c>Telemetry:Console</c> is true. ChampionBot's own sources and meters are all named <c>ChampionBot.*</c>.
/// With none of those set nothing would be exported, so nothing is collected either: recording a span and metrics for
/// every request costs CPU that a busy Monday morning needs (the meters still exist for any listener, e.g. dotnet-counters).
/// </summary>
public static class Telemetry
{
    public const string SourcePrefix = "ChampionBot";

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var azureMonitor = !string.IsNullOrWhiteSpace(configuration["APPLICATIONINSIGHTS_CONNECTION_STRING"]);
        var otlp = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var console = configuration.GetValue<bool>("Telemetry:Console");
        if (!azureMonitor && !otlp && !console)
        {
            return builder;
        }

        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("championbot"))
            .WithTracing(tracing => tracing
                .AddSource(SourcePrefix + ".*")
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health"))
                .AddHttpClientInstrumentation())
            .WithMetrics(metrics => metrics
                .AddMeter(SourcePrefix + ".*")
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation());
        builder.Logging.AddOpenTelemetry(logging =>
        {
            logging.IncludeFormattedMessage = true;
            logging.IncludeScopes = true;
        });

        if (azureMonitor)
        {
            otel.UseAzureMonitor();
        }

        if (otlp)
        {
            otel.UseOtlpExporter();
        }

        if (console)
        {
            otel.WithTracing(tracing => tracing.AddConsoleExporter())
                .WithMetrics(metrics => metrics.AddConsoleExporter());
        }

        return builder;
    }
}
