using System.Collections.Concurrent;
using Azure.Core;
using Npgsql;

namespace ChampionBot.Data;

/// <summary>
/// One Npgsql data source per connection string whose password is an Entra access token for Azure Database for
/// PostgreSQL, refreshed well before it expires. No password is ever stored or configured.
/// </summary>
internal static class PostgresEntraDataSources
{
    private const string Scope = "https://ossrdbms-aad.database.windows.net/.default";
    private static readonly ConcurrentDictionary<string, NpgsqlDataSource> Sources = new(StringComparer.Ordinal);

    public static NpgsqlDataSource Get(string connectionString, TokenCredential credential) =>
        Sources.GetOrAdd(connectionString, cs =>
        {
            var builder = new NpgsqlDataSourceBuilder(cs);
            builder.UsePeriodicPasswordProvider(
                async (_, cancellationToken) =>
                    (await credential.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken).ConfigureAwait(false)).Token,
                successRefreshInterval: TimeSpan.FromMinutes(50),
                failureRefreshInterval: TimeSpan.FromSeconds(10));
            return builder.Build();
        });
}
