using System.Data.Common;
using ChampionBot.Data.Entities;
using Npgsql;

namespace ChampionBot.Data.Results;

/// <summary>
/// The PostgreSQL flavour: every round trip waits on the network, so each step is one set-based statement over array
/// parameters (unnest), and all the writes go in one batch: a handful of round trips per batch whatever its size.
/// The texts never change, so they are prepared once per pooled connection. Times are timestamptz, sent in UTC.
/// </summary>
internal sealed class PostgresResultSql(DbConnection connection) : ResultSql(connection)
{
    // Each sender's results are found through the (ParticipantId, ChallengeId) index. "+ 0" keeps the planner off the
    // ChallengeId index: a challenge posted this morning has no statistics yet (estimated at one row), so the planner
    // read all of its results, tens of thousands by mid-morning, for every batch of a few people; in the inbound benchmark
    // that one query took most of the server's CPU.
    private const string SelectSenders = """
        SELECT p."Id", p."ObjectId", p."TeamsUserId", p."TenantId", p."DisplayName", p."TimeZoneId", r."ChallengeId", COALESCE(r."RetryWorked", r."Worked"),
            CASE WHEN p."EnrolledAt" IS NULL THEN NULL ELSE p."ProgramId" END
        FROM "Participants" AS p
        LEFT JOIN "Results" AS r ON r."ParticipantId" = p."Id" AND r."ChallengeId" + 0 = ANY(@challengeIds)
        WHERE p."ObjectId" = ANY(@objectIds)
        """;


    private const string UpdateProfiles = """
        UPDATE "Participants" AS p SET "TeamsUserId" = u.teams_user_id, "TenantId" = u.tenant_id, "DisplayName" = u.display_name,
            "TimeZoneId" = u.time_zone_id, "UpdatedAt" = u.updated_at
        FROM unnest(@ids, @teamsUserIds, @tenantIds, @displayNames, @timeZoneIds, @updatedAt) AS u(id, teams_user_id, tenant_id, display_name, time_zone_id, updated_at)
        WHERE p."Id" = u.id
        """;

    // One row per (participant, challenge) in the arrays: PostgreSQL refuses an upsert that touches a row twice. After a second
    // try (RetryWorked set) "Worked" is the first try and stays; the card edits the latest try, RetryWorked.
    private const string UpsertResults = """
        INSERT INTO "Results" ("ParticipantId", "ChallengeId", "Worked", "MinutesBefore", "MinutesWithAi", "TimesPerWeek", "Quality", "Feeling", "WhatTheyDidDifferently", "SubmittedAt", "UpdatedAt")
        SELECT r.participant_id, r.challenge_id, r.worked, r.minutes_before, r.minutes_with_ai, r.times_per_week, r.quality, r.feeling, r.differently, @now, @now
        FROM unnest(@participantIds, @challengeIds, @worked, @minutesBefore, @minutesWithAi, @timesPerWeek, @quality, @feeling, @differently)
            AS r(participant_id, challenge_id, worked, minutes_before, minutes_with_ai, times_per_week, quality, feeling, differently)
        ON CONFLICT ("ParticipantId", "ChallengeId") DO UPDATE SET
            "Worked" = CASE WHEN "Results"."RetryWorked" IS NULL THEN excluded."Worked" ELSE "Results"."Worked" END,
            "RetryWorked" = CASE WHEN "Results"."RetryWorked" IS NULL THEN NULL ELSE excluded."Worked" END,
            "MinutesBefore" = excluded."MinutesBefore", "MinutesWithAi" = excluded."MinutesWithAi",
            "TimesPerWeek" = excluded."TimesPerWeek", "Quality" = excluded."Quality", "Feeling" = excluded."Feeling",
            "WhatTheyDidDifferently" = excluded."WhatTheyDidDifferently", "UpdatedAt" = excluded."UpdatedAt"
        """;

    // Kept kinds travel as one comma-separated string per scope: enum names hold no commas, and arrays cannot be ragged.
    private const string DeleteStaleEvidence = """
        DELETE FROM "ChampionEvidence" AS e
        USING unnest(@participantIds, @sourceKeys, @keptKinds) AS s(participant_id, source_key, kept_kinds)
        WHERE e."ParticipantId" = s.participant_id AND e."SourceKey" = s.source_key
            AND NOT (e."Kind" = ANY(string_to_array(s.kept_kinds, ',')))
        """;

    private const string UpsertEvidence = """
        INSERT INTO "ChampionEvidence" ("ParticipantId", "ProgramId", "Kind", "SourceKey", "Points", "Detail", "ObservedAt")
        SELECT e.participant_id, e.program_id, e.kind, e.source_key, e.points, e.detail, e.observed_at
        FROM unnest(@participantIds, @programIds, @kinds, @sourceKeys, @points, @details, @observedAt)
            AS e(participant_id, program_id, kind, source_key, points, detail, observed_at)
        ON CONFLICT ("ParticipantId", "Kind", "SourceKey") DO UPDATE SET "Points" = excluded."Points", "Detail" = excluded."Detail"
        """;

    public override async Task<StoredSenders> ReadSendersAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<int> challengeIds, CancellationToken cancellationToken)
    {
        await using var command = (NpgsqlCommand)Command(SelectSenders);
        command.Parameters.Add(new NpgsqlParameter<int[]>("challengeIds", [.. challengeIds]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("objectIds", [.. objectIds]));
        await command.PrepareAsync(cancellationToken);
        return await ReadSendersAsync(command, cancellationToken);
    }

    public override async Task WriteAsync(ResultBatchWrites writes, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch((NpgsqlConnection)Connection) { Transaction = (NpgsqlTransaction)Transaction };
        if (writes.ChangedProfiles.Count > 0)
        {
            var profiles = Statement(batch, UpdateProfiles);
            Column(profiles, "ids", writes.ChangedProfiles, p => p.Id);
            Column(profiles, "teamsUserIds", writes.ChangedProfiles, p => p.TeamsUserId);
            Column(profiles, "tenantIds", writes.ChangedProfiles, p => p.TenantId);
            Column(profiles, "displayNames", writes.ChangedProfiles, p => p.DisplayName);
            Column(profiles, "timeZoneIds", writes.ChangedProfiles, p => p.TimeZoneId);
            Column(profiles, "updatedAt", writes.ChangedProfiles, p => p.UpdatedAt.ToUniversalTime());
        }

        var results = Statement(batch, UpsertResults);
        results.Add(new NpgsqlParameter<DateTimeOffset>("now", writes.Now.ToUniversalTime()));
        Column(results, "participantIds", writes.Results, r => r.ParticipantId);
        Column(results, "challengeIds", writes.Results, r => r.ChallengeId);
        Column(results, "worked", writes.Results, r => r.Worked);
        Column(results, "minutesBefore", writes.Results, r => r.MinutesBefore);
        Column(results, "minutesWithAi", writes.Results, r => r.MinutesWithAi);
        Column(results, "timesPerWeek", writes.Results, r => r.TimesPerWeek);
        Column(results, "quality", writes.Results, r => r.Quality);
        Column(results, "feeling", writes.Results, r => r.Feeling);
        Column(results, "differently", writes.Results, r => r.Differently);

        if (writes.StaleEvidence.Count > 0)
        {
            var stale = Statement(batch, DeleteStaleEvidence);
            Column(stale, "participantIds", writes.StaleEvidence, s => s.ParticipantId);
            Column(stale, "sourceKeys", writes.StaleEvidence, s => s.SourceKey);
            Column(stale, "keptKinds", writes.StaleEvidence, s => string.Join(',', s.Kept));
        }

        if (writes.Evidence.Count > 0)
        {
            var evidence = Statement(batch, UpsertEvidence);
            Column(evidence, "participantIds", writes.Evidence, e => e.ParticipantId);
            Column(evidence, "programIds", writes.Evidence, e => e.ProgramId);
            Column(evidence, "kinds", writes.Evidence, e => e.Kind.ToString());
            Column(evidence, "sourceKeys", writes.Evidence, e => e.SourceKey);
            Column(evidence, "points", writes.Evidence, e => e.Points);
            Column(evidence, "details", writes.Evidence, e => e.Detail);
            Column(evidence, "observedAt", writes.Evidence, e => e.ObservedAt.ToUniversalTime());
        }

        await batch.PrepareAsync(cancellationToken);
        await batch.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameterCollection Statement(NpgsqlBatch batch, string sql)
    {
        var statement = new NpgsqlBatchCommand(sql);
        batch.BatchCommands.Add(statement);
        return statement.Parameters;
    }

    /// <summary>One column of the rows as a typed array parameter, so PostgreSQL knows its element type for unnest.</summary>
    private static void Column<TRow, TValue>(NpgsqlParameterCollection parameters, string name, IReadOnlyList<TRow> rows, Func<TRow, TValue> value) =>
        parameters.Add(new NpgsqlParameter<TValue[]>(name, [.. rows.Select(value)]));
}
