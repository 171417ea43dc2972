using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChampionBot.Features.Outcomes.Capacity;
using Microsoft.Extensions.Options;

namespace ChampionBot.Features.Outcomes.Export;

/// <summary>What a signed export link says: which export, of what, for which program, until when.</summary>
public sealed record ExportClaim(Guid ExportId, string Kind, int ProgramId, DateTimeOffset ExpiresAt);

/// <summary>
/// Signs and checks export link tokens (<c>id.kind.program.expires.signature</c>, HMAC-SHA256). A token whose
/// signature does not match what it says has been changed, and is refused before anything is read.
/// </summary>
public sealed class ExportLinkSigner(IOptions<OutcomesOptions> options)
{
    private readonly byte[] _key = options.Value.ExportSigningKey is { } configured && OutcomesOptions.TryKey(configured, out var bytes)
        ? bytes
        : RandomNumberGenerator.GetBytes(32);

    public string Sign(ExportClaim claim)
    {
        var payload = Payload(claim);
        return payload + "." + Base64Url(Mac(payload));
    }

    /// <summary>The claim, or null when the token is malformed or its signature does not match.</summary>
    public ExportClaim? Read(string token)
    {
        var parts = token.Split('.');
        if (parts.Length != 5
            || !Guid.TryParseExact(parts[0], "N", out var id)
            || parts[1] is not (OutcomeExports.ResultsKind or OutcomeExports.LedgerKind)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var programId)
            || !long.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
            || expires > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return null;
        }

        var claim = new ExportClaim(id, parts[1], programId, DateTimeOffset.FromUnixTimeSeconds(expires));
        var payload = Payload(claim);
        if (!string.Equals(payload, string.Join('.', parts[..4]), StringComparison.Ordinal))
        {
            return null; // the same claim written another way ("01" for 1): only the link as signed is the link
        }

        var expected = Encoding.ASCII.GetBytes(Base64Url(Mac(payload)));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(parts[4])) ? claim : null;
    }

    private static string Payload(ExportClaim claim) =>
        string.Join('.', claim.ExportId.ToString("N"), claim.Kind, claim.ProgramId.ToString(CultureInfo.InvariantCulture),
            claim.ExpiresAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));

    private byte[] Mac(string payload) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(payload));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
