using System.Buffers;
using System.Buffers.Text;
using System.Text.Json;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// Chooses the scheme that validates a request by the issuer its token claims. The token is NOT trusted here: the
/// chosen scheme checks the signature, and the issuer again. Never throws, whatever the header holds.
/// </summary>
public static class TokenIssuerSelector
{
    private const string BearerPrefix = "Bearer ";

    /// <summary>Far above any real token's claims; a larger payload is not worth decoding to pick a scheme.</summary>
    private const int MaxPayloadChars = 16 * 1024;

    public static string Select(string? authorizationHeader, string? tenantId)
    {
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            // No token: the Bot Framework scheme answers "no result", which the policy turns into a 401 challenge.
            return BotAuthentication.BotFrameworkScheme;
        }

        var issuer = ReadIssuer(authorizationHeader);
        if (issuer is null)
        {
            return BotAuthentication.UnrecognizedTokenScheme;
        }

        if (string.Equals(issuer, BotIssuers.BotFramework, StringComparison.Ordinal))
        {
            return BotAuthentication.BotFrameworkScheme;
        }

        foreach (var entraIssuer in BotIssuers.EntraIssuersOf(tenantId))
        {
            if (string.Equals(issuer, entraIssuer, StringComparison.OrdinalIgnoreCase))
            {
                return BotAuthentication.EntraScheme;
            }
        }

        return BotAuthentication.UnrecognizedTokenScheme;
    }

    /// <summary>
    /// The payload's <c>iss</c>, read straight from the base64url JSON: this runs for every request, and the scheme that
    /// validates the token parses it fully anyway.
    /// </summary>
    private static string? ReadIssuer(string authorizationHeader)
    {
        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorizationHeader.AsSpan(BearerPrefix.Length).Trim();
        var firstDot = token.IndexOf('.');
        var payloadLength = firstDot < 0 ? -1 : token[(firstDot + 1)..].IndexOf('.');
        if (payloadLength <= 0 || payloadLength > MaxPayloadChars)
        {
            return null;
        }

        var payload = token.Slice(firstDot + 1, payloadLength);
        var json = ArrayPool<byte>.Shared.Rent(Base64Url.GetMaxDecodedLength(payload.Length));
        try
        {
            return Base64Url.DecodeFromChars(payload, json, out _, out var written) == OperationStatus.Done ? IssuerOf(json.AsSpan(0, written)) : null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(json);
        }
    }

    private static string? IssuerOf(ReadOnlySpan<byte> payloadJson)
    {
        try
        {
            var reader = new Utf8JsonReader(payloadJson);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var isIssuer = reader.ValueTextEquals("iss"u8);
                reader.Read();
                if (isIssuer)
                {
                    return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
                }

                reader.Skip();
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
