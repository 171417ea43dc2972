using Xunit;

namespace ChampionBot.Testing.Databases;

/// <summary>
/// A fresh, empty database for one test class (use it as an <c>IClassFixture</c>). Derive a test class once per
/// provider from a shared abstract class, so the same specifications run on SQLite and on PostgreSQL.
/// </summary>
public abstract class TestDatabase : IAsyncLifetime
{
    public const string ProviderKey = "Storage:Provider";
    public const string ConnectionStringKey = "ConnectionStrings:ChampionBot";

    /// <summary>The value for <c>Storage:Provider</c>: "Sqlite" or "Postgres".</summary>
    public abstract string ProviderName { get; }

    /// <summary>The database's connection string (it may hold a password: assert on it, never print it).</summary>
    public string ConnectionString { get; protected set; } = string.Empty;

    /// <summary>Settings that point the app at this database, for <c>UseSetting</c> or an in-memory configuration.</summary>
    public IReadOnlyDictionary<string, string?> AppSettings => new Dictionary<string, string?>
    {
        [ProviderKey] = ProviderName,
        [ConnectionStringKey] = ConnectionString,
    };

    /// <summary>Why the provider is missing here (off CI only: with CI=true initialisation fails instead), else null.</summary>
    protected string? UnavailableReason { get; set; }

    /// <summary>
    /// The first line of every test on this database: the test reports Skipped, with the reason, when the provider is
    /// missing here. The test must be <c>[SkippableFact]</c> or <c>[SkippableTheory]</c>.
    /// </summary>
    public void SkipUnlessAvailable()
    {
        if (UnavailableReason is { } reason)
        {
            RequiredInCi.SkipBecause(reason);
        }
    }

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();
}
