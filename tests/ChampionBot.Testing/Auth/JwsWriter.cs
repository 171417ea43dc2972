using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ChampionBot.Testing.Auth;

/// <summary>Writes compact JWS tokens by hand, so tests can also write the ones no library would (alg none, HS256 with a public key).</summary>
internal static class JwsWriter
{
    public static string Write(IReadOnlyDictionary<string, object?> header, IReadOnlyDictionary<string, object?> payload, Func<byte[], byte[]> sign)
    {
        var signingInput = Encode(header) + "." + Encode(payload);
        var signature = sign(Encoding.ASCII.GetBytes(signingInput));
        return signingInput + "." + Base64Url(signature);
    }

    public static Func<byte[], byte[]> RsaSigner(RSA rsa, string algorithm) => algorithm switch
    {
        "RS256" => data => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
        "RS384" => data => rsa.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
        "RS512" => data => rsa.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
        "PS256" => data => rsa.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
        "PS384" => data => rsa.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pss),
        "PS512" => data => rsa.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pss),
        _ => throw new ArgumentOutOfRangeException(nameof(algorithm), algorithm, "Not an RSA JWS algorithm."),
    };

    public static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static string Encode(IReadOnlyDictionary<string, object?> json) => Base64Url(JsonSerializer.SerializeToUtf8Bytes(json));
}
