using Azure.Core;
using ChampionBot.BotFramework.Hosting;

namespace ChampionBot.BotFramework.Connector;

/// <summary>
/// Gets and caches the bot's outbound token for the Bot Connector from the bot's one credential
/// (<see cref="BotCredential"/>). In local anonymous mode there is no credential and no token.
/// </summary>
public sealed class BotTokenProvider
{
    public const string BotFrameworkScope = "https://api.botframework.com/.default";
    private static readonly TimeSpan RefreshMargin = TimeSpan.FromMinutes(5);

    private readonly TokenCredential? _credential;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AccessToken? _cached;

    /// <param name="time">The clock that decides when a cached token is refreshed.</param>
    /// <param name="credential">The bot's one credential (<see cref="BotCredential"/>); none in local anonymous mode.</param>
    public BotTokenProvider(TimeProvider time, TokenCredential? credential = null)
    {
        _credential = credential;
        this.time = time;
    }

    public bool HasCredential => _credential is not null;

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_credential is not { } credential)
        {
            return null;
        }

        if (_cached is { } fresh && fresh.ExpiresOn - RefreshMargin > time.GetUtcNow())
        {
            return fresh.Token;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_cached is not { } token || token.ExpiresOn - RefreshMargin <= time.GetUtcNow())
            {
                token = await credential.GetTokenAsync(new TokenRequestContext([BotFrameworkScope]), cancellationToken).ConfigureAwait(false);
                _cached = token;
            }

            return token.Token;
        }
        finally
        {
            _gate.Release();
        }
    }
}
