using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChampionBot.Testing.Auth;

/// <summary>The documents the issuer serves: OpenID metadata and JWKS key sets.</summary>
public sealed partial class LocalTokenIssuer
{
    /// <summary>The <c>kid</c> each key is published under.</summary>
    public static string KeyIdOf(LocalSigningKey key) => key switch
    {
        LocalSigningKey.Teams => "local-bf-msteams",
        LocalSigningKey.OtherChannel => "local-bf-webchat",
        LocalSigningKey.Entra => "local-entra",
        _ => "local-unpublished",
    };

    private void MapDocuments(IEndpointRouteBuilder routes)
    {
        routes.MapGet(BotFrameworkMetadataPath, () => Serve(new Dictionary<string, object?>
        {
            ["issuer"] = BotFrameworkIssuer,
            ["authorization_endpoint"] = "https://invalid.botframework.com",
            ["jwks_uri"] = new Uri(BaseAddress, BotFrameworkKeysPath).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["token_endpoint_auth_methods_supported"] = new[] { "private_key_jwt" },
        }));
        routes.MapGet(BotFrameworkKeysPath, () => Serve(KeySet(
            PublicJwk(LocalSigningKey.Teams, ["msteams"]),
            PublicJwk(LocalSigningKey.OtherChannel, ["webchat"]))));
        routes.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Serve(new Dictionary<string, object?>
        {
            ["issuer"] = $"https://login.microsoftonline.com/{tenant}/v2.0",
            ["jwks_uri"] = new Uri(BaseAddress, EntraKeysPath).AbsoluteUri,
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["response_types_supported"] = new[] { "code", "id_token", "token id_token" },
            ["subject_types_supported"] = new[] { "pairwise" },
        }));

        // Like Entra, one key set for every tenant: a token of another tenant is signed with a trusted key.
        routes.MapGet(EntraKeysPath, () => Serve(KeySet(PublicJwk(LocalSigningKey.Entra, endorsements: null))));
    }

    private IResult Serve(object document)
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(document);
    }

    private static Dictionary<string, object?> KeySet(params Dictionary<string, object?>[] keys) => new() { ["keys"] = keys };

    private Dictionary<string, object?> PublicJwk(LocalSigningKey key, string[]? endorsements)
    {
        var parameters = _keys[key].ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object?>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = KeyIdOf(key),
            ["n"] = JwsWriter.Base64Url(parameters.Modulus!),
            ["e"] = JwsWriter.Base64Url(parameters.Exponent!),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }

    private byte[] PublicKeyPem(LocalSigningKey key) => System.Text.Encoding.ASCII.GetBytes(_keys[key].ExportSubjectPublicKeyInfoPem());

    private RSA Rsa(LocalSigningKey key) => _keys[key];
}
