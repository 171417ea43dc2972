using Azure.Core;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace ChampionBot.Data;

/// <summary>The provider and connection string in effect, after defaults. <see cref="ConnectionString"/> may hold a password: never log it.</summary>
public sealed record StorageSettings(StorageProvider Provider, string ConnectionString)
{
    /// <summary>When set, PostgreSQL passwords are Entra access tokens from this credential.</summary>
    public TokenCredential? PostgresCredential { get; init; }

    public const string ConnectionStringName = "ChampionBot";
    public const string ConnectionStringKey = "ConnectionStrings:" + ConnectionStringName;
    public const string DefaultSqliteFile = "data/championbot.db";

    public static StorageProvider ParseProvider(string? name) => name?.Trim().ToUpperInvariant() switch
    {
        null or "" or "SQLITE" => StorageProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => StorageProvider.Postgres,
        _ => throw new StorageConfigurationException(
            $"Storage:Provider '{name}' is not a storage provider: set Storage:Provider to Sqlite or Postgres."),
    };

    /// <summary>
    /// Reads the settings; a relative SQLite file is placed under <paramref name="contentRoot"/>. With
    /// <see cref="StorageOptions.PostgresEntraAuthentication"/> PostgreSQL signs in with <paramref name="credential"/>,
    /// the bot's one credential, which must then exist.
    /// </summary>
    public static StorageSettings Resolve(StorageOptions options, IConfiguration configuration, string contentRoot, TokenCredential? credential = null)
    {
        var provider = ParseProvider(options.Provider);
        var configured = configuration.GetConnectionString(ConnectionStringName);
        return provider switch
        {
            StorageProvider.Postgres when string.IsNullOrWhiteSpace(configured) => throw new StorageConfigurationException(
                $"{ConnectionStringKey} is required when Storage:Provider is Postgres."),
            StorageProvider.Postgres => new StorageSettings(provider, configured!)
            {
                PostgresCredential = options.PostgresEntraAuthentication ? RequireCredential(credential) : null,
            },
            _ => new StorageSettings(provider, SqliteConnectionString(configured, contentRoot)),
        };
    }

    private static TokenCredential RequireCredential(TokenCredential? credential) => credential
        ?? throw new StorageConfigurationException(
            "Storage:PostgresEntraAuthentication signs in to PostgreSQL with the bot's credential, and there is none: set Bot:AppId "
            + "and Bot:ManagedIdentityClientId (or Bot:CertificatePath or Bot:ClientSecret), or turn Entra authentication off and put a password in the connection string.");

    public bool IsSqliteFile => Provider == StorageProvider.Sqlite && SqliteFilePath is not null;

    /// <summary>The SQLite database file, or null for PostgreSQL and in-memory SQLite.</summary>
    public string? SqliteFilePath
    {
        get
        {
            if (Provider != StorageProvider.Sqlite)
            {
                return null;
            }

            var builder = new SqliteConnectionStringBuilder(ConnectionString);
            var inMemory = builder.Mode == SqliteOpenMode.Memory
                || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase);
            return inMemory ? null : builder.DataSource;
        }
    }

    private static string SqliteConnectionString(string? configured, string contentRoot)
    {
        SqliteConnectionStringBuilder builder;
        try
        {
            builder = new SqliteConnectionStringBuilder(configured ?? string.Empty);
        }
        catch (ArgumentException)
        {
            // The message would quote the string, which may hold a password: name the settings instead.
            throw new StorageConfigurationException(
                $"{ConnectionStringKey} is not a SQLite connection string, but Storage:Provider is Sqlite: set Storage:Provider to Postgres or give a SQLite connection string such as 'Data Source=data/championbot.db'.");
        }

        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            builder.DataSource = DefaultSqliteFile;
        }

        var inMemory = builder.Mode == SqliteOpenMode.Memory
            || string.Equals(builder.DataSource, ":memory:", StringComparison.OrdinalIgnoreCase);
        if (!inMemory && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        return builder.ToString();
    }
}
