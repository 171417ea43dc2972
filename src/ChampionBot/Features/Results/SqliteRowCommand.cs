using System.Data.Common;

namespace ChampionBot.Features.Results;

/// <summary>
/// One statement run once per row with new values. SQLite compiles a command's statement on its first run and keeps it
/// while the command and its connection live, so it is compiled once however many rows and batches it writes; a
/// statement with few parameters also keeps SQLite's lookup of each named parameter cheap.
/// </summary>
internal sealed class SqliteRowCommand
{
    private readonly DbCommand command;
    private readonly DbParameter[] parameters;

    public SqliteRowCommand(DbCommand command, params string[] parameterNames)
    {
        this.command = command;
        parameters = [.. parameterNames.Select(name =>
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
            return parameter;
        })];
        command.Prepare();
    }

    /// <summary>Sets the values, in the order the parameters were named (null is stored as NULL), and returns the command to run.</summary>
    public DbCommand With(params object?[] values)
    {
        for (var i = 0; i < parameters.Length; i++)
        {
            parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }

    /// <summary>Runs the statement inside <paramref name="transaction"/> (a kept statement outlives each batch's).</summary>
    public SqliteRowCommand In(DbTransaction transaction)
    {
        command.Transaction = transaction;
        return this;
    }
}
