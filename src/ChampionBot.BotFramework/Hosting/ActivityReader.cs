using System.Buffers;
using System.Text.Json;
using ChampionBot.BotFramework.Schema;
using Microsoft.AspNetCore.Http;

namespace ChampionBot.BotFramework.Hosting;

internal enum ReadOutcome
{
    Ok,
    TooLarge,
    Malformed,
}

/// <summary>Reads an activity from a request body, never more than the configured number of bytes.</summary>
internal static class ActivityReader
{
    private const int UnknownLengthGuess = 4096;

    public static async Task<(ReadOutcome Outcome, Activity? Activity)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (ReadOutcome.TooLarge, null);
        }

        // A pooled buffer: at a Monday-morning burst every request would otherwise allocate (and the GC clear) its own.
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Min(request.ContentLength ?? UnknownLengthGuess, maxBytes) + 1);
        try
        {
            var length = 0;
            int read;
            while ((read = await request.Body.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
                if (length > maxBytes)
                {
                    return (ReadOutcome.TooLarge, null);
                }

                if (length == buffer.Length)
                {
                    buffer = Grow(buffer, maxBytes);
                }
            }

            return Parse(buffer.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] Grow(byte[] buffer, int maxBytes)
    {
        var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, maxBytes + 1L));
        buffer.CopyTo(larger, 0);
        ArrayPool<byte>.Shared.Return(buffer);
        return larger;
    }

    private static (ReadOutcome Outcome, Activity? Activity) Parse(ReadOnlySpan<byte> json)
    {
        try
        {
            var activity = JsonSerializer.Deserialize(json, BotJsonContext.Default.Activity);
            return string.IsNullOrWhiteSpace(activity?.Type) ? (ReadOutcome.Malformed, null) : (ReadOutcome.Ok, activity);
        }
        catch (JsonException)
        {
            return (ReadOutcome.Malformed, null);
        }
    }
}
