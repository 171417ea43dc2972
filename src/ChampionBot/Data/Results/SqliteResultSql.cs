using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ChampionBot.Data.Entities;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace ChampionBot.Data.Results;

/// <summary>
/// The SQLite flavour: in-process, so a round trip costs nothing and the cheapest write is one plain statement per row,
/// compiled once and run through SQLitePCL.raw on the connection's own handle (<see cref="SqliteRowStatement"/>), inside
/// the transaction the connection is in. (Set-based statements over a JSON array cost more: SQLite parsed, re-rendered
/// and parsed each row's JSON again.) Values are bound as EF stores them: times as UTC ticks, enums by name, bools 0/1.
/// The two reads, once per batch, stay Microsoft.Data.Sqlite commands, kept compiled too (the senders read takes its id
/// lists as small flat JSON arrays, so its text is the same whatever the batch size); the writer keeps this instance and its
/// connection open batch after batch. Dispose it before its context, so no compiled statement outlives its use.
/// </summary>
internal sealed class SqliteResultSql(DbConnection connection) : ResultSql(connection)
{
    private readonly Dictionary<string, DbCommand> reads = new(StringComparer.Ordinal);
    private readonly SqliteResultStatements rowStatements = new();

    private const string SelectSenders = """
        SELECT p."Id", p."ObjectId", p."TeamsUserId", p."TenantId", p."DisplayName", p."TimeZoneId", r."ChallengeId", COALESCE(r."RetryWorked", r."Worked"),
            CASE WHEN p."EnrolledAt" IS NULL THEN NULL ELSE p."ProgramId" END
        FROM "Participants" AS p
        LEFT JOIN "Results" AS r ON r."ParticipantId" = p."Id" AND r."ChallengeId" IN (SELECT value FROM json_each(@challengeIds))
        WHERE p."ObjectId" IN (SELECT value FROM json_each(@objectIds))
        """;

    public override async Task<StoredSenders> ReadSendersAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<int> challengeIds, CancellationToken cancellationToken)
    {
        var challenges = "[" + string.Join(',', challengeIds.Select(id => id.ToString(CultureInfo.InvariantCulture))) + "]";
        return await ReadSendersAsync(Kept(SelectSenders, ("@challengeIds", challenges), ("@objectIds", JsonSerializer.Serialize(objectIds))), cancellationToken);
    }

    public override Task WriteAsync(ResultBatchWrites writes, CancellationToken cancellationToken)
    {
        var statements = rowStatements.On(Handle);
        foreach (var p in writes.ChangedProfiles)
        {
            statements.UpdateProfile.Integer(1, p.Id).Text(2, p.TeamsUserId).Text(3, p.TenantId).Text(4, p.DisplayName).Text(5, p.TimeZoneId)
                .Ticks(6, p.UpdatedAt).Run();
        }

        foreach (var r in writes.Results)
        {
            statements.UpsertResult.Integer(1, r.ParticipantId).Integer(2, r.ChallengeId).Integer(3, r.Worked).Integer(4, r.MinutesBefore)
                .Integer(5, r.MinutesWithAi).Real(6, r.TimesPerWeek).Integer(7, r.Quality).Integer(8, r.Feeling).Text(9, r.Differently)
                .Ticks(10, writes.Now).Run();
        }

        foreach (var scope in writes.StaleEvidence)
        {
            var delete = statements.DeleteStaleEvidence.Integer(1, scope.ParticipantId).Text(2, scope.SourceKey);
            for (var slot = 0; slot < SqliteResultStatements.KindSlots; slot++)
            {
                // Unused slots hold '', which no kind is named ('NOT IN' with a NULL would match nothing).
                delete.Text(3 + slot, slot < scope.Kept.Count ? scope.Kept[slot].ToString() : string.Empty);
            }

            delete.Run();
        }

        foreach (var e in writes.Evidence)
        {
            statements.UpsertEvidence.Integer(1, e.ParticipantId).IntegerOrNull(2, e.ProgramId).Text(3, e.Kind.ToString()).Text(4, e.SourceKey)
                .Real(5, e.Points).Text(6, e.Detail).Ticks(7, e.ObservedAt).Run();
        }

        return Task.CompletedTask;
    }

    public override async Task<int?> OpenChallengeVersionAsync(int challengeId, CancellationToken cancellationToken) =>
        VersionOf(await Kept(OpenChallengeVersionSql, ("@id", challengeId)).ExecuteScalarAsync(cancellationToken));

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            rowStatements.Dispose();
            foreach (var command in reads.Values)
            {
                command.Dispose();
            }

            reads.Clear();
        }

        base.Dispose(disposing);
    }

    // Statements run on the connection itself, not through a command, so they join whatever transaction it is in.
    private sqlite3 Handle
    {
        get
        {
            _ = Transaction;
            return ((SqliteConnection)Connection).Handle ?? throw new InvalidOperationException("The connection is not open.");
        }
    }

    /// <summary>
    /// The read for <paramref name="sql"/> with these values, compiled on first use and kept, inside the current
    /// transaction (a kept command outlives each batch's). Values are given in the same order every time.
    /// </summary>
    private DbCommand Kept(string sql, params ReadOnlySpan<(string Name, object Value)> values)
    {
        if (!reads.TryGetValue(sql, out var command))
        {
            command = reads[sql] = Command(sql);
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
