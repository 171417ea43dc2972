using Microsoft.IdentityModel.JsonWebTokens;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// Chooses the scheme that validates a request by the issuer its token claims. The token is NOT trusted here: the
/// chosen scheme checks the signature, and the issuer again. Never throws, whatever the header holds.
/// </summary>
public static class TokenIssuerSelector
{
    private const string BearerPrefix = "Bearer ";
    private static readonly JsonWebTokenHandler Reader = new();

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

    private static string? ReadIssuer(string authorizationHeader)
    {
        if (!authorizationHeader.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var token = authorizationHeader[BearerPrefix.Length..].Trim();
        if (!Reader.CanReadToken(token))
        {
            return null;
        }

        try
        {
            return Reader.ReadJsonWebToken(token).Issuer;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }
}
