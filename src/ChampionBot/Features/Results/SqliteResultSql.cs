using System.Data.Common;
using System.Text.Json;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>
/// The SQLite flavour: in-process, so a round trip costs nothing and rows are written one by one through statements
/// compiled once and kept for as long as this instance and its connection live (the writer keeps both open). Lists go in as one JSON array read with json_each, so the senders query has one text
/// whatever the batch size. Times are UTC ticks, as <c>UtcTicksConverter</c> stores them.
/// </summary>
internal sealed class SqliteResultSql(DbConnection connection) : ResultSql(connection)
{
    private readonly Dictionary<string, SqliteRowCommand> statements = new(StringComparer.Ordinal);

    private const string SelectSenders = """
        SELECT p."Id", p."ObjectId", p."TeamsUserId", p."TenantId", p."DisplayName", p."TimeZoneId", r."ChallengeId", r."Worked"
        FROM "Participants" AS p
        LEFT JOIN "Results" AS r ON r."ParticipantId" = p."Id" AND r."ChallengeId" IN (SELECT value FROM json_each(@challengeIds))
        WHERE p."ObjectId" IN (SELECT value FROM json_each(@objectIds))
        """;

    private const string InsertNewcomer = """
        INSERT INTO "Participants" ("ObjectId", "TeamsUserId", "TenantId", "DisplayName", "TimeZoneId", "ProgramId", "WorkingHoursPerWeek", "CreatedAt", "UpdatedAt")
        VALUES (@objectId, @teamsUserId, @tenantId, @displayName, @timeZoneId, @programId, @workingHoursPerWeek, @createdAt, @updatedAt)
        RETURNING "Id"
        """;

    private const string UpdateProfile = """
        UPDATE "Participants" SET "TeamsUserId" = @teamsUserId, "TenantId" = @tenantId, "DisplayName" = @displayName,
            "TimeZoneId" = @timeZoneId, "UpdatedAt" = @updatedAt
        WHERE "Id" = @id
        """;

    private const string UpsertResult = """
        INSERT INTO "Results" ("ParticipantId", "ChallengeId", "Worked", "MinutesBefore", "MinutesWithAi", "TimesPerWeek", "Quality", "Feeling", "WhatTheyDidDifferently", "SubmittedAt", "UpdatedAt")
        VALUES (@participantId, @challengeId, @worked, @minutesBefore, @minutesWithAi, @timesPerWeek, @quality, @feeling, @differently, @now, @now)
        ON CONFLICT ("ParticipantId", "ChallengeId") DO UPDATE SET
            "Worked" = excluded."Worked", "MinutesBefore" = excluded."MinutesBefore", "MinutesWithAi" = excluded."MinutesWithAi",
            "TimesPerWeek" = excluded."TimesPerWeek", "Quality" = excluded."Quality", "Feeling" = excluded."Feeling",
            "WhatTheyDidDifferently" = excluded."WhatTheyDidDifferently", "UpdatedAt" = excluded."UpdatedAt"
        """;

    private const string DeleteStaleEvidence = """
        DELETE FROM "ChampionEvidence"
        WHERE "ParticipantId" = @participantId AND "SourceKey" = @sourceKey AND "Kind" NOT IN (SELECT value FROM json_each(@keptKinds))
        """;

    private const string UpsertEvidence = """
        INSERT INTO "ChampionEvidence" ("ParticipantId", "ProgramId", "Kind", "SourceKey", "Points", "Detail", "ObservedAt")
        VALUES (@participantId, @programId, @kind, @sourceKey, @points, @detail, @observedAt)
        ON CONFLICT ("ParticipantId", "Kind", "SourceKey") DO UPDATE SET "Points" = excluded."Points", "Detail" = excluded."Detail"
        """;

    public override async Task<StoredSenders> ReadSendersAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<int> challengeIds, CancellationToken cancellationToken)
    {
        var command = Row(SelectSenders, "@challengeIds", "@objectIds");
        return await ReadSendersAsync(command.With(JsonSerializer.Serialize(challengeIds), JsonSerializer.Serialize(objectIds)), cancellationToken);
    }

    public override async Task InsertNewcomersAsync(IReadOnlyList<Participant> newcomers, CancellationToken cancellationToken)
    {
        if (newcomers.Count == 0)
        {
            return;
        }

        var insert = Row(InsertNewcomer,
            "@objectId", "@teamsUserId", "@tenantId", "@displayName", "@timeZoneId", "@programId", "@workingHoursPerWeek", "@createdAt", "@updatedAt");
        foreach (var p in newcomers)
        {
            var id = await insert.With(p.ObjectId, p.TeamsUserId, p.TenantId, p.DisplayName, p.TimeZoneId, p.ProgramId, p.WorkingHoursPerWeek,
                p.CreatedAt.UtcTicks, p.UpdatedAt.UtcTicks).ExecuteScalarAsync(cancellationToken);
            p.Id = Convert.ToInt32(id, System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public override async Task WriteAsync(ResultBatchWrites writes, CancellationToken cancellationToken)
    {
        var now = writes.Now.UtcTicks;
        if (writes.ChangedProfiles.Count > 0)
        {
            var update = Row(UpdateProfile, "@teamsUserId", "@tenantId", "@displayName", "@timeZoneId", "@updatedAt", "@id");
            foreach (var p in writes.ChangedProfiles)
            {
                await update.With(p.TeamsUserId, p.TenantId, p.DisplayName, p.TimeZoneId, p.UpdatedAt.UtcTicks, p.Id).ExecuteNonQueryAsync(cancellationToken);
            }
        }

        var upsert = Row(UpsertResult,
            "@participantId", "@challengeId", "@worked", "@minutesBefore", "@minutesWithAi", "@timesPerWeek", "@quality", "@feeling", "@differently", "@now");
        foreach (var (participantId, challengeId, a) in writes.Results)
        {
            await upsert.With(participantId, challengeId, a.Worked, a.MinutesBefore, a.MinutesWithAi, a.TimesPerWeek, a.Quality, a.Feeling, a.Differently, now)
                .ExecuteNonQueryAsync(cancellationToken);
        }

        if (writes.StaleEvidence.Count > 0)
        {
            var delete = Row(DeleteStaleEvidence, "@participantId", "@sourceKey", "@keptKinds");
            foreach (var scope in writes.StaleEvidence)
            {
                var kept = JsonSerializer.Serialize(scope.Kept.Select(k => k.ToString()));
                await delete.With(scope.ParticipantId, scope.SourceKey, kept).ExecuteNonQueryAsync(cancellationToken);
            }
        }

        if (writes.Evidence.Count > 0)
        {
            var evidence = Row(UpsertEvidence,
                "@participantId", "@programId", "@kind", "@sourceKey", "@points", "@detail", "@observedAt");
            foreach (var e in writes.Evidence)
            {
                await evidence.With(e.ParticipantId, e.ProgramId, e.Kind.ToString(), e.SourceKey, e.Points, e.Detail, e.ObservedAt.UtcTicks)
                    .ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }

    public override async Task<int?> OpenChallengeVersionAsync(int challengeId, CancellationToken cancellationToken) =>
        VersionOf(await Row(OpenChallengeVersionSql, "@id").With(challengeId).ExecuteScalarAsync(cancellationToken));

    /// <summary>The statement for <paramref name="sql"/>, compiled on first use and kept, inside the current transaction.</summary>
    private SqliteRowCommand Row(string sql, params string[] parameterNames)
    {
        if (!statements.TryGetValue(sql, out var row))
        {
            row = statements[sql] = new SqliteRowCommand(Command(sql), parameterNames);
        }

        return row.In(Transaction);
    }
}
