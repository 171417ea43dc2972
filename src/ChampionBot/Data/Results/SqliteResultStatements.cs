using ChampionBot.Data.Entities;
using SQLitePCL;

namespace ChampionBot.Data.Results;

/// <summary>
/// The SQLite batch's one-row writes, compiled on first use on one native connection handle and kept. A different
/// handle (the connection was closed and opened again, and the pool gave another) finalizes them and compiles anew,
/// since a statement belongs to the handle it was compiled on.
/// </summary>
internal sealed class SqliteResultStatements : IDisposable
{
    /// <summary>Every kind fits in the stale-evidence delete's list of kept kinds.</summary>
    public static readonly int KindSlots = Enum.GetValues<EvidenceKind>().Length;

    private const string UpdateProfileSql = """
        UPDATE "Participants" SET "TeamsUserId" = ?2, "TenantId" = ?3, "DisplayName" = ?4, "TimeZoneId" = ?5, "UpdatedAt" = ?6
        WHERE "Id" = ?1
        """;

    // SubmittedAt and UpdatedAt are both ?10 (the batch's time); an update keeps the stored SubmittedAt. After a second try
    // (RetryWorked set) "Worked" is the first try and stays; the card edits the latest try, RetryWorked.
    private const string UpsertResultSql = """
        INSERT INTO "Results" ("ParticipantId", "ChallengeId", "Worked", "MinutesBefore", "MinutesWithAi", "TimesPerWeek", "Quality", "Feeling", "WhatTheyDidDifferently", "SubmittedAt", "UpdatedAt")
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)
        ON CONFLICT ("ParticipantId", "ChallengeId") DO UPDATE SET
            "Worked" = CASE WHEN "Results"."RetryWorked" IS NULL THEN excluded."Worked" ELSE "Results"."Worked" END,
            "RetryWorked" = CASE WHEN "Results"."RetryWorked" IS NULL THEN NULL ELSE excluded."Worked" END,
            "MinutesBefore" = excluded."MinutesBefore", "MinutesWithAi" = excluded."MinutesWithAi",
            "TimesPerWeek" = excluded."TimesPerWeek", "Quality" = excluded."Quality", "Feeling" = excluded."Feeling",
            "WhatTheyDidDifferently" = excluded."WhatTheyDidDifferently", "UpdatedAt" = excluded."UpdatedAt"
        """;

    // The kept kinds are ?3 onwards, one slot per kind, so the text never changes whatever a scope keeps.
    private static readonly string DeleteStaleEvidenceSql = $"""
        DELETE FROM "ChampionEvidence"
        WHERE "ParticipantId" = ?1 AND "SourceKey" = ?2 AND "Kind" NOT IN ({string.Join(", ", Enumerable.Range(3, KindSlots).Select(i => $"?{i}"))})
        """;

    private const string UpsertEvidenceSql = """
        INSERT INTO "ChampionEvidence" ("ParticipantId", "ProgramId", "Kind", "SourceKey", "Points", "Detail", "ObservedAt")
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
        ON CONFLICT ("ParticipantId", "Kind", "SourceKey") DO UPDATE SET "Points" = excluded."Points", "Detail" = excluded."Detail"
        """;

    private sqlite3? handle;
    private SqliteRowStatement? updateProfile, upsertResult, deleteStaleEvidence, upsertEvidence;

    /// <summary>These statements on <paramref name="db"/>, the connection's current native handle.</summary>
    public SqliteResultStatements On(sqlite3 db)
    {
        if (!ReferenceEquals(handle, db))
        {
            Dispose();
            handle = db;
        }

        return this;
    }

    public SqliteRowStatement UpdateProfile => updateProfile ??= Prepare(UpdateProfileSql);

    public SqliteRowStatement UpsertResult => upsertResult ??= Prepare(UpsertResultSql);

    public SqliteRowStatement DeleteStaleEvidence => deleteStaleEvidence ??= Prepare(DeleteStaleEvidenceSql);

    public SqliteRowStatement UpsertEvidence => upsertEvidence ??= Prepare(UpsertEvidenceSql);

    /// <summary>Finalizes the compiled statements; the next use on a handle compiles them again.</summary>
    public void Dispose()
    {
        foreach (var statement in (ReadOnlySpan<SqliteRowStatement?>)[updateProfile, upsertResult, deleteStaleEvidence, upsertEvidence])
        {
            statement?.Dispose();
        }

        (updateProfile, upsertResult, deleteStaleEvidence, upsertEvidence, handle) = (null, null, null, null, null);
    }

    private SqliteRowStatement Prepare(string sql) =>
        SqliteRowStatement.Prepare(handle ?? throw new InvalidOperationException("Choose the connection handle first (On)."), sql);
}
