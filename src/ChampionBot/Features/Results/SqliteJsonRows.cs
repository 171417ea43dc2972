using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ChampionBot.Features.Results;

/// <summary>
/// A batch's rows as one JSON array of arrays, the text a set-based SQLite statement reads with json_each
/// (<c>r.value ->> 0</c> is a row's first value). One parameter per statement, whatever the batch size, so the statement
/// keeps one text and stays compiled. One instance per writer session: the buffer is reused batch after batch.
/// </summary>
internal sealed class SqliteJsonRows
{
    // The text only ever reaches SQLite's JSON parser, never HTML, so only what JSON itself requires is escaped
    // (quotes, backslashes, control characters; characters beyond the BMP as surrogate pairs, which SQLite decodes).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> buffer = new(16 * 1024);
    private readonly Utf8JsonWriter json;

    public SqliteJsonRows() => json = new Utf8JsonWriter(buffer, Options);

    /// <summary>Each row as an inner array whose values <paramref name="writeRow"/> writes in the statement's order.</summary>
    public string Rows<TRow>(IReadOnlyList<TRow> rows, Action<Utf8JsonWriter, TRow> writeRow)
    {
        Start();
        for (var i = 0; i < rows.Count; i++)
        {
            json.WriteStartArray();
            writeRow(json, rows[i]);
            json.WriteEndArray();
        }

        return End();
    }

    /// <summary>A flat array of values, for <c>IN (SELECT value FROM json_each(...))</c>.</summary>
    public string Values<T>(IEnumerable<T> values, Action<Utf8JsonWriter, T> writeValue)
    {
        Start();
        foreach (var value in values)
        {
            writeValue(json, value);
        }

        return End();
    }

    private void Start()
    {
        buffer.ResetWrittenCount();
        json.Reset(buffer);
        json.WriteStartArray();
    }

    // Bound as text, not as the UTF-8 bytes: SQLite's JSON functions read a BLOB as their binary JSONB format first and
    // take it as JSON text only when it does not happen to parse as JSONB (a short array can).
    private string End()
    {
        json.WriteEndArray();
        json.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

/// <summary>
/// Values as EF Core stores them on SQLite, since raw SQL bypasses its converters: times as UTC ticks
/// (<c>UtcTicksConverter</c>), bools as 0/1, null as JSON null (read back as SQL NULL). Enums go in by name
/// (<c>WriteStringValue(kind.ToString())</c>). Doubles are written as plain JSON numbers in .NET's shortest round-trip form,
/// which SQLite parses back to the same double; a whole number such as 1 arrives as an INTEGER and the column's REAL
/// affinity stores it as 1.0, as EF would.
/// </summary>
internal static class SqliteJsonValues
{
    public static void WriteTicks(this Utf8JsonWriter json, DateTimeOffset time) => json.WriteNumberValue(time.UtcTicks);

    public static void WriteBit(this Utf8JsonWriter json, bool value) => json.WriteNumberValue(value ? 1 : 0);

    public static void WriteNumberOrNull(this Utf8JsonWriter json, int? value)
    {
        if (value is { } number)
        {
            json.WriteNumberValue(number);
        }
        else
        {
            json.WriteNullValue();
        }
    }
}
