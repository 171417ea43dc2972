using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ChampionBot.Data;

/// <summary>
/// Writes many rows of one entity type without tracking them: multi-row INSERT statements (or upserts) built from the EF
/// model, each value put through its property's value converter, so a row is what <c>SaveChanges</c> would write on
/// either provider (SQLite: times as UTC ticks; PostgreSQL: timestamptz; enums by name). Columns the database fills
/// (identity keys, defaults) are left out. SaveChanges sends one statement per row and tracks every entity, which was
/// most of the daily champion scoring's time (the scoring benchmark). Statements stay small, as
/// <see cref="ConversationReferenceUpsert"/> measured: SQLite finds each named parameter by a scan.
/// </summary>
public static class BulkRows
{
    private const int ParametersPerStatement = 100;

    /// <summary>Inserts the rows, in statements of a few rows each, on the context's connection and transaction.</summary>
    public static Task InsertAsync<T>(ChampionDbContext db, IEnumerable<T> rows, CancellationToken cancellationToken)
        where T : class => WriteAsync(db, rows, null, cancellationToken);

    /// <summary>
    /// Inserts each row, or updates every written column of the row with the same <paramref name="key"/> (a property with
    /// a unique index), so a rewrite keeps the row's identity.
    /// </summary>
    public static Task UpsertAsync<T>(ChampionDbContext db, IEnumerable<T> rows, string key, CancellationToken cancellationToken)
        where T : class => WriteAsync(db, rows, key, cancellationToken);

    private static async Task WriteAsync<T>(ChampionDbContext db, IEnumerable<T> rows, string? key, CancellationToken cancellationToken)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Where(p => p.ValueGenerated == ValueGenerated.Never).ToList();
        var conflict = key is null ? null : entity.FindProperty(key) ?? throw new ArgumentException($"{typeof(T).Name} has no property {key}.", nameof(key));
        var perStatement = Math.Max(1, ParametersPerStatement / columns.Count);
        await db.Database.OpenConnectionAsync(cancellationToken);
        DbCommand? full = null;
        try
        {
            foreach (var chunk in rows.Chunk(perStatement))
            {
                var command = chunk.Length == perStatement
                    ? full ??= await CommandAsync(db, table, columns, conflict, chunk.Length, cancellationToken)
                    : await CommandAsync(db, table, columns, conflict, chunk.Length, cancellationToken);
                for (var row = 0; row < chunk.Length; row++)
                {
                    for (var column = 0; column < columns.Count; column++)
                    {
                        command.Parameters[(row * columns.Count) + column].Value = Value(columns[column], chunk[row]);
                    }
                }

                command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                await command.ExecuteNonQueryAsync(cancellationToken);
                if (command != full)
                {
                    await command.DisposeAsync();
                }
            }
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }

            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>A statement for <paramref name="rows"/> rows, its parameters typed as EF types each column; prepared, as a full one runs again and again.</summary>
    private static async Task<DbCommand> CommandAsync(
        ChampionDbContext db, StoreObjectIdentifier table, IReadOnlyList<IProperty> columns, IProperty? conflict, int rows, CancellationToken cancellationToken)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Statement(table, columns, conflict, rows);
        for (var row = 0; row < rows; row++)
        {
            for (var column = 0; column < columns.Count; column++)
            {
                var name = "@p" + ((row * columns.Count) + column).ToString(CultureInfo.InvariantCulture);
                command.Parameters.Add(columns[column].GetRelationalTypeMapping().CreateParameter(command, name, null, columns[column].IsNullable));
            }
        }

        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    private static object Value(IProperty column, object row)
    {
        var value = column.GetGetter().GetClrValue(row);
        if (value is null)
        {
            return DBNull.Value;
        }

        return column.GetTypeMapping().Converter is { } converter ? converter.ConvertToProvider(value) ?? DBNull.Value : value;
    }

    private static string Statement(StoreObjectIdentifier table, IReadOnlyList<IProperty> columns, IProperty? conflict, int rows)
    {
        string Name(IProperty p) => Quote(p.GetColumnName(table)!);
        var sql = new StringBuilder($"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(Name))}) VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Count; column++)
            {
                sql.Append(column == 0 ? "@p" : ", @p").Append((row * columns.Count) + column);
            }

            sql.Append(')');
        }

        if (conflict is not null)
        {
            sql.Append($" ON CONFLICT ({Name(conflict)}) DO UPDATE SET ")
                .AppendJoin(", ", columns.Where(c => c != conflict).Select(c => $"{Name(c)} = excluded.{Name(c)}"));
        }

        return sql.ToString();
    }

    // Both providers quote identifiers with double quotes (the migrations' names are mixed case).
    private static string Quote(string name) => "\"" + name + "\"";
}
