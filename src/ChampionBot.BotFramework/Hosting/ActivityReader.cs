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
    public static async Task<(ReadOutcome Outcome, Activity? Activity)> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return (ReadOutcome.TooLarge, null);
        }

        using var buffer = new MemoryStream(capacity: (int)Math.Min(request.ContentLength ?? 4096, maxBytes));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return (ReadOutcome.TooLarge, null);
            }

            buffer.Write(chunk, 0, read);
        }

        try
        {
            var activity = JsonSerializer.Deserialize(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), BotJsonContext.Default.Activity);
            return string.IsNullOrWhiteSpace(activity?.Type) ? (ReadOutcome.Malformed, null) : (ReadOutcome.Ok, activity);
        }
        catch (JsonException)
        {
            return (ReadOutcome.Malformed, null);
        }
    }
}
