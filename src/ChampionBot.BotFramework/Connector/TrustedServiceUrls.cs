using System.Collections.Concurrent;
using ChampionBot.BotFramework.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChampionBot.BotFramework.Connector;

/// <summary>
/// The service URLs the bot's token may be sent to: those that arrived on an authenticated activity (kept across
/// restarts by the app's <see cref="ITrustedServiceUrlStore"/>, when it registers one), and the configured allow-list
/// (<c>Bot:AllowedServiceUrls</c>, prefixes).
/// </summary>
public sealed partial class TrustedServiceUrls(
    IOptions<BotOptions> options, ILogger<TrustedServiceUrls>? logger = null, ITrustedServiceUrlStore? store = null)
{
    private readonly ILogger _logger = logger ?? NullLogger<TrustedServiceUrls>.Instance;

    private const byte Unsaved = 0;
    private const byte Saving = 1;
    private const byte Stored = 2;

    /// <summary>Each URL seen, and whether the store has it: a URL whose save failed is saved again when it next arrives.</summary>
    private readonly ConcurrentDictionary<string, byte> _seen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Trusts a URL from an authenticated activity at once. A new one is stored in the background (one save at a time per
    /// URL; a failure is logged and the next activity tries again), so no request waits for the database.
    /// </summary>
    /// <returns>The save this call started, for tests; callers on the request path do not wait for it.</returns>
    public Task Trust(string serviceUrl)
    {
        var url = Normalize(serviceUrl);
        if (_seen.TryGetValue(url, out var state) && state != Unsaved)
        {
            return Task.CompletedTask;
        }

        if (store is null)
        {
            _seen[url] = Stored;
            return Task.CompletedTask;
        }

        return _seen.TryAdd(url, Saving) || _seen.TryUpdate(url, Saving, Unsaved) ? Task.Run(() => SaveAsync(store, url)) : Task.CompletedTask;
    }

    /// <summary>Loads the stored URLs (at start-up); when the store cannot be read they are learned again from new activities.</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (store is null)
        {
            return;
        }

        try
        {
            foreach (var url in await store.LoadAsync(cancellationToken).ConfigureAwait(false))
            {
                _seen[Normalize(url)] = Stored;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogLoadFailed(_logger, ex);
        }
    }

    private async Task SaveAsync(ITrustedServiceUrlStore target, string url)
    {
        try
        {
            await target.SaveAsync(url, CancellationToken.None).ConfigureAwait(false);
            _seen[url] = Stored;
        }
        catch (Exception ex)
        {
            _seen[url] = Unsaved;
            LogSaveFailed(_logger, ex);
        }
    }

    public bool IsTrusted(Uri requestUri)
    {
        ArgumentNullException.ThrowIfNull(requestUri);
        if (requestUri.Scheme != Uri.UriSchemeHttps && !requestUri.IsLoopback)
        {
            return false;
        }

        var url = requestUri.AbsoluteUri;
        foreach (var prefix in options.Value.AllowedServiceUrls)
        {
            if (url.StartsWith(Normalize(prefix), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        foreach (var seen in _seen.Keys)
        {
            if (url.StartsWith(seen, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    public static string Normalize(string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        return serviceUrl.EndsWith('/') ? serviceUrl : serviceUrl + "/";
    }

    [LoggerMessage(EventId = 1301, Level = LogLevel.Warning, Message = "Could not store a trusted service URL; it is trusted until restart and stored when it next arrives")]
    private static partial void LogSaveFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1302, Level = LogLevel.Warning, Message = "Could not load the stored trusted service URLs; they are trusted again when their next activity arrives")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}

/// <summary>Loads the stored trusted service URLs before the bot starts answering.</summary>
internal sealed class TrustedServiceUrlsLoader(TrustedServiceUrls trusted) : Microsoft.Extensions.Hosting.IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => trusted.LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
