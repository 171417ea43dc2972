using System.ComponentModel.DataAnnotations;

namespace ChampionBot.Data;

/// <summary>The <c>Storage</c> configuration section. The connection string is <c>ConnectionStrings:ChampionBot</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary><c>Sqlite</c> (default) or <c>Postgres</c>, case-insensitive; checked by <see cref="StorageSettings.ParseProvider"/>.</summary>
    public string Provider { get; set; } = nameof(StorageProvider.Sqlite);

    /// <summary>Apply pending migrations at start-up.</summary>
    public bool MigrateOnStart { get; set; } = true;

    /// <summary>
    /// Sign in to PostgreSQL with an Entra token of the bot's one credential (in Azure its managed identity,
    /// Bot:ManagedIdentityClientId) instead of a password (Azure Database for PostgreSQL with Entra authentication).
    /// </summary>
    public bool PostgresEntraAuthentication { get; set; }

    /// <summary>Load the starter challenge library (and, see below, the demo organisation) at start-up.</summary>
    public bool SeedOnStart { get; set; } = true;

    /// <summary>Seed the demo organisation and demo program. Unset means: only in the Development environment.</summary>
    public bool? SeedDemoOrganisation { get; set; }

    /// <summary>With the demo organisation, also its past challenges and results, so a newcomer's report has figures.</summary>
    public bool SeedDemoResults { get; set; } = true;

    /// <summary>Folder holding challenge-library.json and demo-organisation.json, relative to the app's folder.</summary>
    [Required]
    public string SeedDirectory { get; set; } = "seeds";
}
