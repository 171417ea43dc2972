using System.Data.Common;
using System.Globalization;
using System.Text;
using ChampionBot.Data;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Benchmarks.Outcomes;

/// <summary>
/// Benchmark setup only: writes many rows of one table in one transaction with one reused INSERT command (one row a statement on SQLite,
/// where binding is by name and a long list of parameters is slow; two hundred on PostgreSQL, for fewer round trips), on SQLite
/// or PostgreSQL. Times are stored as the provider stores them (UTC ticks on SQLite, timestamptz on PostgreSQL).
/// </summary>
internal sealed class BulkRows : IAsyncDisposable
{
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly DbCommand _full;
    private readonly int _columns;
    private readonly bool _sqlite;
    private readonly string _table;
    private readonly string[] _names;
    private readonly List<object?> _pending = [];
    private readonly int _rowsPerStatement;

    private BulkRows(DbConnection connection, DbTransaction transaction, bool sqlite, string table, string[] names)
    {
        _connection = connection;
        _transaction = transaction;
        _sqlite = sqlite;
        _table = table;
        _names = names;
        _columns = names.Length;
        _rowsPerStatement = sqlite ? 1 : 200;
        _full = Command(_rowsPerStatement);
    }

    public static async Task<BulkRows> OpenAsync(ChampionDbContext db, string table, params string[] columns)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var transaction = await connection.BeginTransactionAsync();
        return new BulkRows(connection, transaction, db.Database.IsSqlite(), table, columns);
    }

    /// <summary>A time as this provider stores it.</summary>
    public object Time(DateTimeOffset? at) => at is not { } value ? DBNull.Value : _sqlite ? value.UtcTicks : value.ToUniversalTime();

    public async Task AddAsync(params object?[] row)
    {
        _pending.AddRange(row);
        if (_pending.Count == _columns * _rowsPerStatement)
        {
            await FlushAsync(_full);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_pending.Count > 0)
        {
            await using var rest = Command(_pending.Count / _columns);
            await FlushAsync(rest);
        }

        await _transaction.CommitAsync();
        await _full.DisposeAsync();
        await _transaction.DisposeAsync();
        await _connection.CloseAsync();
    }

    private async Task FlushAsync(DbCommand command)
    {
        for (var i = 0; i < _pending.Count; i++)
        {
            command.Parameters[i].Value = _pending[i] ?? DBNull.Value;
        }

        await command.ExecuteNonQueryAsync();
        _pending.Clear();
    }

    private DbCommand Command(int rows)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var sql = new StringBuilder("INSERT INTO \"" + _table + "\" (\"" + string.Join("\", \"", _names) + "\") VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < _columns; column++)
            {
                var name = "@p" + ((row * _columns) + column).ToString(CultureInfo.InvariantCulture);
                sql.Append(column == 0 ? name : ", " + name);
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }
}
