using System.Data.Common;
using ChampionBot.Data.Entities;

namespace ChampionBot.Features.Results;

/// <summary>
/// The SQLite flavour: in-process, so round trips cost nothing, but each statement run costs Microsoft.Data.Sqlite
/// a binder per parameter, a boxed value, an encoded string and a reader. So each step is one set-based statement per
/// batch over its rows as one JSON array read with json_each (<see cref="SqliteJsonRows"/>), in the batch's order. The
/// texts never change, so each is compiled once and kept for as long as this instance and its connection live (the writer
/// keeps both open). Values are written as EF stores them (<see cref="SqliteJsonValues"/>).
/// </summary>
internal sealed class SqliteResultSql(DbConnection connection) : ResultSql(connection)
{
    private readonly Dictionary<string, DbCommand> statements = new(StringComparer.Ordinal);
    private readonly SqliteJsonRows json = new();

    private const string SelectSenders = """
        SELECT p."Id", p."ObjectId", p."TeamsUserId", p."TenantId", p."DisplayName", p."TimeZoneId", r."ChallengeId", r."Worked"
        FROM "Participants" AS p
        LEFT JOIN "Results" AS r ON r."ParticipantId" = p."Id" AND r."ChallengeId" IN (SELECT value FROM json_each(@challengeIds))
        WHERE p."ObjectId" IN (SELECT value FROM json_each(@objectIds))
        """;

    private const string InsertNewcomers = """
        INSERT INTO "Participants" ("ObjectId", "TeamsUserId", "TenantId", "DisplayName", "TimeZoneId", "ProgramId", "WorkingHoursPerWeek", "CreatedAt", "UpdatedAt")
        SELECT n.value ->> 0, n.value ->> 1, n.value ->> 2, n.value ->> 3, n.value ->> 4, n.value ->> 5, n.value ->> 6, n.value ->> 7, n.value ->> 8
        FROM json_each(@rows) AS n
        RETURNING "Id", "ObjectId"
        """;

    private const string UpdateProfiles = """
        UPDATE "Participants" SET "TeamsUserId" = u.value ->> 1, "TenantId" = u.value ->> 2, "DisplayName" = u.value ->> 3,
            "TimeZoneId" = u.value ->> 4, "UpdatedAt" = u.value ->> 5
        FROM json_each(@rows) AS u
        WHERE "Participants"."Id" = u.value ->> 0
        """;

    // "WHERE true": without it SQLite's parser reads ON CONFLICT as a join constraint of the SELECT.
    private const string UpsertResults = """
        INSERT INTO "Results" ("ParticipantId", "ChallengeId", "Worked", "MinutesBefore", "MinutesWithAi", "TimesPerWeek", "Quality", "Feeling", "WhatTheyDidDifferently", "SubmittedAt", "UpdatedAt")
        SELECT r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5, r.value ->> 6, r.value ->> 7, r.value ->> 8, @now, @now
        FROM json_each(@rows) AS r WHERE true
        ON CONFLICT ("ParticipantId", "ChallengeId") DO UPDATE SET
            "Worked" = excluded."Worked", "MinutesBefore" = excluded."MinutesBefore", "MinutesWithAi" = excluded."MinutesWithAi",
            "TimesPerWeek" = excluded."TimesPerWeek", "Quality" = excluded."Quality", "Feeling" = excluded."Feeling",
            "WhatTheyDidDifferently" = excluded."WhatTheyDidDifferently", "UpdatedAt" = excluded."UpdatedAt"
        """;

    // Driven from the scopes, so each finds its rows through the (ParticipantId, Kind, SourceKey) index rather than the
    // table being scanned; a scope is [participant, source key, [kept kinds]].
    private const string DeleteStaleEvidence = """
        DELETE FROM "ChampionEvidence" WHERE "Id" IN (
            SELECT e."Id" FROM json_each(@scopes) AS s
            JOIN "ChampionEvidence" AS e ON e."ParticipantId" = s.value ->> 0 AND e."SourceKey" = s.value ->> 1
            WHERE e."Kind" NOT IN (SELECT k.value FROM json_each(s.value -> 2) AS k))
        """;

    private const string UpsertEvidence = """
        INSERT INTO "ChampionEvidence" ("ParticipantId", "ProgramId", "Kind", "SourceKey", "Points", "Detail", "ObservedAt")
        SELECT e.value ->> 0, e.value ->> 1, e.value ->> 2, e.value ->> 3, e.value ->> 4, e.value ->> 5, e.value ->> 6
        FROM json_each(@rows) AS e WHERE true
        ON CONFLICT ("ParticipantId", "Kind", "SourceKey") DO UPDATE SET "Points" = excluded."Points", "Detail" = excluded."Detail"
        """;

    public override async Task<StoredSenders> ReadSendersAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<int> challengeIds, CancellationToken cancellationToken)
    {
        var challenges = json.Values(challengeIds, static (w, id) => w.WriteNumberValue(id));
        var people = json.Values(objectIds, static (w, id) => w.WriteStringValue(id));
        return await ReadSendersAsync(Kept(SelectSenders, ("@challengeIds", challenges), ("@objectIds", people)), cancellationToken);
    }

    public override async Task InsertNewcomersAsync(IReadOnlyList<Participant> newcomers, CancellationToken cancellationToken)
    {
        if (newcomers.Count == 0)
        {
            return;
        }

        var rows = json.Rows(newcomers, static (w, p) =>
        {
            w.WriteStringValue(p.ObjectId);
            w.WriteStringValue(p.TeamsUserId);
            w.WriteStringValue(p.TenantId);
            w.WriteStringValue(p.DisplayName);
            w.WriteStringValue(p.TimeZoneId);
            w.WriteNumberOrNull(p.ProgramId);
            w.WriteNumberValue(p.WorkingHoursPerWeek);
            w.WriteTicks(p.CreatedAt);
            w.WriteTicks(p.UpdatedAt);
        });

        // RETURNING order is not promised to follow the input, so rows are matched by object id.
        var byObjectId = newcomers.ToDictionary(p => p.ObjectId, StringComparer.Ordinal);
        await using var reader = await Kept(InsertNewcomers, ("@rows", rows)).ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            byObjectId[reader.GetString(1)].Id = reader.GetInt32(0);
        }
    }

    public override async Task WriteAsync(ResultBatchWrites writes, CancellationToken cancellationToken)
    {
        if (writes.ChangedProfiles.Count > 0)
        {
            var profiles = json.Rows(writes.ChangedProfiles, static (w, p) =>
            {
                w.WriteNumberValue(p.Id);
                w.WriteStringValue(p.TeamsUserId);
                w.WriteStringValue(p.TenantId);
                w.WriteStringValue(p.DisplayName);
                w.WriteStringValue(p.TimeZoneId);
                w.WriteTicks(p.UpdatedAt);
            });
            await Kept(UpdateProfiles, ("@rows", profiles)).ExecuteNonQueryAsync(cancellationToken);
        }

        var results = json.Rows(writes.Results, static (w, r) =>
        {
            w.WriteNumberValue(r.ParticipantId);
            w.WriteNumberValue(r.ChallengeId);
            w.WriteBit(r.Answers.Worked);
            w.WriteNumberValue(r.Answers.MinutesBefore);
            w.WriteNumberValue(r.Answers.MinutesWithAi);
            w.WriteNumberValue(r.Answers.TimesPerWeek);
            w.WriteNumberValue(r.Answers.Quality);
            w.WriteNumberValue(r.Answers.Feeling);
            w.WriteStringValue(r.Answers.Differently);
        });
        await Kept(UpsertResults, ("@rows", results), ("@now", writes.Now.UtcTicks)).ExecuteNonQueryAsync(cancellationToken);

        if (writes.StaleEvidence.Count > 0)
        {
            var scopes = json.Rows(writes.StaleEvidence, static (w, s) =>
            {
                w.WriteNumberValue(s.ParticipantId);
                w.WriteStringValue(s.SourceKey);
                w.WriteStartArray();
                foreach (var kind in s.Kept)
                {
                    w.WriteStringValue(kind.ToString());
                }

                w.WriteEndArray();
            });
            await Kept(DeleteStaleEvidence, ("@scopes", scopes)).ExecuteNonQueryAsync(cancellationToken);
        }

        if (writes.Evidence.Count > 0)
        {
            var evidence = json.Rows(writes.Evidence, static (w, e) =>
            {
                w.WriteNumberValue(e.ParticipantId);
                w.WriteNumberOrNull(e.ProgramId);
                w.WriteStringValue(e.Kind.ToString());
                w.WriteStringValue(e.SourceKey);
                w.WriteNumberValue(e.Points);
                w.WriteStringValue(e.Detail);
                w.WriteTicks(e.ObservedAt);
            });
            await Kept(UpsertEvidence, ("@rows", evidence)).ExecuteNonQueryAsync(cancellationToken);
        }
    }

    public override async Task<int?> OpenChallengeVersionAsync(int challengeId, CancellationToken cancellationToken) =>
        VersionOf(await Kept(OpenChallengeVersionSql, ("@id", challengeId)).ExecuteScalarAsync(cancellationToken));

    /// <summary>
    /// The statement for <paramref name="sql"/> with these values, compiled on first use and kept, inside the current
    /// transaction (a kept statement outlives each batch's). Values are given in the same order every time.
    /// </summary>
    private DbCommand Kept(string sql, params ReadOnlySpan<(string Name, object Value)> values)
    {
        if (!statements.TryGetValue(sql, out var command))
        {
            command = statements[sql] = Command(sql);
            foreach (var (name, _) in values)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                command.Parameters.Add(parameter);
            }

            command.Prepare();
        }

        command.Transaction = Transaction;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i].Value;
        }

        return command;
    }
}
