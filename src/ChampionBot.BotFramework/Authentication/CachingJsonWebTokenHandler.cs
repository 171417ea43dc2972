using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// The standard JWT handler, with <see cref="ValidatedTokenCache"/> in front: a token validated a moment ago with the
/// same signing keys is not validated again. Everything JwtBearer does after validation (the TokenValidated event and
/// the endpoint's activity checks) still runs on every request.
/// </summary>
internal sealed class CachingJsonWebTokenHandler : JsonWebTokenHandler
{
    private readonly ValidatedTokenCache _cache;

    public CachingJsonWebTokenHandler(ValidatedTokenCache cache)
    {
        _cache = cache;
        MapInboundClaims = false;
    }

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        ArgumentNullException.ThrowIfNull(validationParameters);

        // Taken before validating: if the keys change meanwhile, this result is not stored under the new ones.
        var keys = validationParameters.ConfigurationManager is { } manager
            ? await manager.GetBaseConfigurationAsync(CancellationToken.None).ConfigureAwait(false)
            : null;
        if (_cache.TryGet(token, keys, out var cached))
        {
            // Each request gets its own identity, so nothing one request adds to it is seen by another.
            return new TokenValidationResult
            {
                IsValid = true,
                ClaimsIdentity = cached.ClaimsIdentity.Clone(),
                SecurityToken = cached.SecurityToken,
                Issuer = cached.Issuer,
                TokenType = cached.TokenType,
            };
        }

        var result = await base.ValidateTokenAsync(token, validationParameters).ConfigureAwait(false);
        if (result.IsValid && result.ClaimsIdentity is not null)
        {
            _cache.Add(token, keys, result);
        }

        return result;
    }
}
