namespace ChampionBot.Features.Commands;

/// <summary>
/// Builds the command catalog once at start, so two commands claiming one name or alias stop the app with a clear
/// error instead of one of them silently never running.
/// </summary>
internal sealed class CommandCatalogCheck(IServiceScopeFactory scopes) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        _ = scope.ServiceProvider.GetRequiredService<CommandCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
