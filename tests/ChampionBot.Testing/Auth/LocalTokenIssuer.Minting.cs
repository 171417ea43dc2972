using System.Security.Cryptography;

namespace ChampionBot.Testing.Auth;

/// <summary>Tokens: the ones real channels send, and the forgeries an attacker would try.</summary>
public sealed partial class LocalTokenIssuer
{
    /// <summary>A Bot Framework channel token: iss api.botframework.com, aud the app id, serviceurl, signed by the msteams key.</summary>
    public string MintBotFrameworkToken(LocalTokenOptions? options = null)
    {
        options ??= new LocalTokenOptions();
        var claims = TimesAnd(options, new()
        {
            ["iss"] = options.Issuer ?? BotFrameworkIssuer,
            ["aud"] = options.Audience ?? AppId,
        });
        if (options.IncludeServiceUrl)
        {
            claims["serviceurl"] = options.ServiceUrl ?? DefaultServiceUrl;
        }

        return Sign(options, LocalSigningKey.Teams, claims);
    }

    /// <summary>An Entra ID app token of the tenant, acquired by the bot's own identity (appid or azp = the app id).</summary>
    public string MintEntraToken(string tenantId = DefaultTenantId, EntraTokenVersion version = EntraTokenVersion.V2, LocalTokenOptions? options = null)
    {
        options ??= new LocalTokenOptions { IncludeServiceUrl = false };
        var v1 = version == EntraTokenVersion.V1;
        var claims = TimesAnd(options, new()
        {
            ["iss"] = options.Issuer ?? (v1 ? $"https://sts.windows.net/{tenantId}/" : $"https://login.microsoftonline.com/{tenantId}/v2.0"),
            ["aud"] = options.Audience ?? AppId,
            ["iat"] = (options.NotBefore ?? _time.GetUtcNow().AddMinutes(-1)).ToUnixTimeSeconds(),
            ["tid"] = tenantId,
            ["ver"] = v1 ? "1.0" : "2.0",
            [v1 ? "appid" : "azp"] = options.CallerAppId ?? AppId,
            [v1 ? "appidacr" : "azpacr"] = "1",
            ["oid"] = "0b100000-0000-4000-8000-000000000001",
            ["sub"] = "0b100000-0000-4000-8000-000000000001",
            ["idtyp"] = "app",
        });
        if (options.IncludeServiceUrl && options.ServiceUrl is not null)
        {
            claims["serviceurl"] = options.ServiceUrl;
        }

        return Sign(options, LocalSigningKey.Entra, claims);
    }

    /// <summary>A Bot Framework token with <c>alg: none</c> and no signature.</summary>
    public string MintUnsignedToken(LocalTokenOptions? options = null) =>
        Forge(options, "none", _ => []);

    /// <summary>The algorithm-confusion forgery: HS256, "signed" with the msteams key's public key (PEM) as the HMAC secret.</summary>
    public string MintHs256WithPublicKey(LocalTokenOptions? options = null) =>
        Forge(options, "HS256", data => HMACSHA256.HashData(PublicKeyPem(LocalSigningKey.Teams), data));

    private string Forge(LocalTokenOptions? options, string algorithm, Func<byte[], byte[]> sign)
    {
        var valid = MintBotFrameworkToken(options);
        var payload = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(
            Convert.FromBase64String(Pad(valid.Split('.')[1].Replace('-', '+').Replace('_', '/'))))!;
        var header = new Dictionary<string, object?> { ["alg"] = algorithm, ["typ"] = "JWT", ["kid"] = options?.KeyId ?? KeyIdOf(LocalSigningKey.Teams) };
        return JwsWriter.Write(header, payload, sign);
    }

    private Dictionary<string, object?> TimesAnd(LocalTokenOptions options, Dictionary<string, object?> claims)
    {
        var now = _time.GetUtcNow();
        claims["nbf"] = (options.NotBefore ?? now.AddMinutes(-1)).ToUnixTimeSeconds();
        claims["exp"] = (options.Expires ?? now.AddHours(1)).ToUnixTimeSeconds();
        return claims;
    }

    private string Sign(LocalTokenOptions options, LocalSigningKey defaultKey, Dictionary<string, object?> claims)
    {
        foreach (var (name, value) in options.Claims ?? new Dictionary<string, object?>())
        {
            if (value is null)
            {
                claims.Remove(name);
            }
            else
            {
                claims[name] = value;
            }
        }

        var key = options.Key ?? defaultKey;
        var header = new Dictionary<string, object?> { ["alg"] = options.Algorithm, ["typ"] = "JWT", ["kid"] = options.KeyId ?? KeyIdOf(key) };
        return JwsWriter.Write(header, claims, JwsWriter.RsaSigner(Rsa(key), options.Algorithm));
    }

    private static string Pad(string base64) => base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
}
