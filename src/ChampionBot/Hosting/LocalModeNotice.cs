using ChampionBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace ChampionBot.Hosting;

/// <summary>In local anonymous mode, tells the developer at start-up how to talk to the bot from the Agents Playground.</summary>
internal sealed partial class LocalModeNotice(IOptions<BotOptions> bot, IServer server, ILogger<LocalModeNotice> logger, IHostApplicationLifetime lifetime)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (bot.Value.IsAnonymous)
        {
            lifetime.ApplicationStarted.Register(() =>
            {
                var address = server.Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()?.Addresses.FirstOrDefault()
                    ?? "http://127.0.0.1:3978";
                LogPlayground(logger, $"{address.TrimEnd('/')}/api/messages");
            });
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information,
        Message = "Talk to the bot in the Microsoft 365 Agents Playground: in the repository folder run `npm ci` once, then `npm run playground` (the pinned version; for another endpoint than http://127.0.0.1:3978/api/messages run `npx --no-install agentsplayground -e {Endpoint} -c msteams`), and open http://localhost:56150")]
    private static partial void LogPlayground(ILogger logger, string endpoint);
}

public static class LocalModeNoticeExtensions
{
    public static IHostApplicationBuilder AddLocalModeNotice(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHostedService<LocalModeNotice>();
        return builder;
    }
}
