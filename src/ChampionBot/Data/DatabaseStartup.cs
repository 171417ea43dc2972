using Microsoft.Extensions.Hosting;

namespace ChampionBot.Data;

/// <summary>
/// Prepares the database in <see cref="IHostedLifecycleService.StartingAsync"/>, which the host runs before any hosted
/// service's StartAsync: nothing that sends or schedules can start against an unmigrated database.
/// </summary>
internal sealed class DatabaseStartup(DatabasePreparer preparer) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => preparer.PrepareAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
