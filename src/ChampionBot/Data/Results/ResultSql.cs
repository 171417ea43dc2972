using System.Data.Common;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChampionBot.Data.Results;

/// <summary>
/// The result batch's SQL, hand-written because EF Core's change tracking, materialisation and command building were
/// most of the CPU a Monday burst costs. It runs on the context's own connection and transaction, so the store's
/// gate and transaction stay as they are. Raw SQL bypasses EF's value converters: each flavour writes exactly
/// what EF would (SQLite: times as UTC ticks; PostgreSQL: timestamptz in UTC; both: enums by name). An instance may
/// keep statements compiled on the connection: dispose it before the context gives the connection back.
/// </summary>
internal abstract class ResultSql(DbConnection connection) : IDisposable
{
    private const string SelectOpenChallengeVersion = """
        SELECT "Version" FROM "Challenges" WHERE "Id" = @id AND "Status" = 'Posted'
        """;

    private DbTransaction? transaction;

    /// <summary>The provider's statements for the context's connection; join a transaction with <see cref="In"/>.</summary>
    public static ResultSql Create(ChampionDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        return db is SqliteChampionDbContext ? new SqliteResultSql(connection) : new PostgresResultSql(connection);
    }

    /// <summary>
    /// Joins the context's current transaction. A writer that keeps its connection open reuses one instance batch
    /// after batch, so statements it compiled stay compiled.
    /// </summary>
    public ResultSql In(ChampionDbContext db)
    {
        if (!ReferenceEquals(db.Database.GetDbConnection(), Connection))
        {
            throw new InvalidOperationException("These statements belong to another connection.");
        }

        transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A result batch is written inside the caller's transaction; begin one first.");
        return this;
    }

    /// <summary>The challenge's version when it takes results (posted), else null.</summary>
    public virtual async Task<int?> OpenChallengeVersionAsync(int challengeId, CancellationToken cancellationToken)
    {
        await using var command = Command(SelectOpenChallengeVersion);
        var id = command.CreateParameter();
        (id.ParameterName, id.Value) = ("@id", challengeId);
        command.Parameters.Add(id);

        // Every batch asks this: prepared, PostgreSQL keeps its plan per connection instead of planning each batch's.
        await command.PrepareAsync(cancellationToken);
        return VersionOf(await command.ExecuteScalarAsync(cancellationToken));
    }

    protected static int? VersionOf(object? scalar) =>
        scalar is null or DBNull ? null : Convert.ToInt32(scalar, System.Globalization.CultureInfo.InvariantCulture);

    protected static string OpenChallengeVersionSql => SelectOpenChallengeVersion;

    /// <summary>
    /// The participants with these object ids, with their results for these challenges, in one statement. A person's
    /// <see cref="Participant.ProgramId"/> is read only when they are enrolled in it: the program they may report in.
    /// </summary>
    public abstract Task<StoredSenders> ReadSendersAsync(IReadOnlyCollection<string> objectIds, IReadOnlyCollection<int> challengeIds, CancellationToken cancellationToken);

    /// <summary>Writes profile changes, results and evidence.</summary>
    public abstract Task WriteAsync(ResultBatchWrites writes, CancellationToken cancellationToken);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Releases statements kept compiled on the connection (none by default).</summary>
    protected virtual void Dispose(bool disposing)
    {
    }

    protected DbConnection Connection { get; } = connection;

    protected DbTransaction Transaction => transaction ?? throw new InvalidOperationException("Join a transaction first (In).");

    protected DbCommand Command(string sql)
    {
        var command = Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = Transaction;
        return command;
    }

    /// <summary>Reads the rows of a senders query: the participant's id and profile, then the result's challenge and latest try (RetryWorked, else Worked; null without one).</summary>
    protected static async Task<StoredSenders> ReadSendersAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var people = new Dictionary<string, Participant>(StringComparer.Ordinal);
        var worked = new Dictionary<(int ParticipantId, int ChallengeId), bool>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var id = reader.GetInt32(0);
            var objectId = reader.GetString(1);
            if (!people.ContainsKey(objectId))
            {
                // Only what SenderProfile.ApplyTo compares; the rest of the row is never written here.
                people[objectId] = new Participant
                {
                    Id = id,
                    ObjectId = objectId,
                    TeamsUserId = NullableString(reader, 2),
                    TenantId = NullableString(reader, 3),
                    DisplayName = reader.GetString(4),
                    TimeZoneId = NullableString(reader, 5),
                    ProgramId = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                };
            }

            if (!reader.IsDBNull(6))
            {
                worked[(id, reader.GetInt32(6))] = reader.GetBoolean(7);
            }
        }

        return new StoredSenders(people, worked);
    }

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
