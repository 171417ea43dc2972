using Microsoft.Extensions.Logging;

namespace ChampionBot.Data;

/// <summary>Storage log events (3000–3099). Never pass a connection string here.</summary>
internal static partial class DataLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Database ready: provider {Provider}, {MigrationsApplied} migration(s) applied, seeded {ChallengesAdded} challenge(s), {PeopleAdded} person(s), {ProgramsAdded} program(s)")]
    public static partial void DatabaseReady(
        ILogger logger, StorageProvider provider, int migrationsApplied, int challengesAdded, int peopleAdded, int programsAdded);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Critical, Message = "Storage could not start: {Problem}. The app stops.")]
    public static partial void StorageFailed(ILogger logger, string problem);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information,
        Message = "Seeding raced another instance; re-reading what it wrote")]
    public static partial void SeedRaced(ILogger logger);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Debug,
        Message = "Conversation reference upsert for conversation type {ConversationType} raced another writer; updated instead")]
    public static partial void ConversationReferenceRaced(ILogger logger, string? conversationType);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Critical, Message = "Storage could not start: {Problem}. The app stops.")]
    public static partial void SqliteFileInUse(ILogger logger, string problem);
}
