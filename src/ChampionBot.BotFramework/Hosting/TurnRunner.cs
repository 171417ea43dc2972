using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Routing;
using ChampionBot.BotFramework.Schema;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.BotFramework.Hosting;

/// <summary>Runs one activity through the observers and the router, in its own DI scope.</summary>
public sealed class TurnRunner(IServiceScopeFactory scopes, ActivityRouter router)
{
    public async Task RunAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = await CreateTurnAsync(scope.ServiceProvider, activity, cancellationToken).ConfigureAwait(false);
        await router.RouteAsync(turn).ConfigureAwait(false);
    }

    public async Task<InvokeResponse> RunInvokeAsync(Activity activity, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = await CreateTurnAsync(scope.ServiceProvider, activity, cancellationToken).ConfigureAwait(false);
        return await router.RouteInvokeAsync(turn).ConfigureAwait(false);
    }

    /// <summary>Hands a failed turn to every <see cref="ITurnFailureResponder"/>, in a scope of its own.</summary>
    public async Task ReportFailureAsync(Activity activity, Exception exception, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var turn = new TurnContext(activity, scope.ServiceProvider.GetRequiredService<IConnectorClient>, scope.ServiceProvider, cancellationToken);
        foreach (var responder in scope.ServiceProvider.GetServices<ITurnFailureResponder>())
        {
            await responder.OnTurnFailedAsync(turn, exception).ConfigureAwait(false);
        }
    }

    private static async Task<TurnContext> CreateTurnAsync(IServiceProvider services, Activity activity, CancellationToken cancellationToken)
    {
        foreach (var observer in services.GetServices<IActivityObserver>())
        {
            await observer.OnActivityAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        return new TurnContext(activity, services.GetRequiredService<IConnectorClient>, services, cancellationToken);
    }
}
