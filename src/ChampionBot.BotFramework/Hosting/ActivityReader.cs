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
        using var body = new PooledBufferWriter((int)Math.Min(request.ContentLength ?? UnknownLengthGuess, maxBytes) + 1);
        int read;
        while ((read = await request.Body.ReadAsync(body.GetMemory(), cancellationToken).ConfigureAwait(false)) > 0)
        {
            body.Advance(read);
            if (body.WrittenMemory.Length > maxBytes)
            {
                return (ReadOutcome.TooLarge, null);
            }
        }

        return Parse(body.WrittenMemory.Span);
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
