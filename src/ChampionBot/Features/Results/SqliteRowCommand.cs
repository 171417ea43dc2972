using System.Data.Common;

namespace ChampionBot.Features.Results;

/// <summary>
/// One statement run once per row with new values. SQLite compiles a command's statement on its first run and keeps it
/// while the command lives, so a batch compiles each statement once however many rows it writes; a statement with few
/// parameters also keeps SQLite's lookup of each named parameter cheap.
/// </summary>
internal sealed class SqliteRowCommand : IAsyncDisposable
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

    public ValueTask DisposeAsync() => command.DisposeAsync();
}
