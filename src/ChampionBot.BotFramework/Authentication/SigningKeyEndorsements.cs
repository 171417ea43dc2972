using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// The channel ids a signing key may sign for: the <c>endorsements</c> array of its entry in the issuer's JWKS.
/// Saved on the request when the token is validated, read back when the activity has been parsed. Read once per key
/// object: a key set lives until the metadata is refreshed, and every request signed with a key would otherwise read
/// its array again.
/// </summary>
internal static class SigningKeyEndorsements
{
    public const string EndorsementsMember = "endorsements";
    private static readonly object ItemsKey = new();
    private static readonly ConditionalWeakTable<JsonWebKey, IReadOnlyCollection<string>?> ReadKeys = [];

    public static void Save(HttpContext context, IReadOnlyCollection<string> endorsements) => context.Items[ItemsKey] = endorsements;

    public static IReadOnlyCollection<string> Saved(HttpContext context) =>
        context.Items.TryGetValue(ItemsKey, out var saved) && saved is IReadOnlyCollection<string> endorsements ? endorsements : [];

    /// <summary>Null when the key cannot be found in the issuer's key set or its endorsements cannot be read.</summary>
    public static async Task<IReadOnlyCollection<string>?> ReadAsync(
        SecurityKey? signingKey, IConfigurationManager<OpenIdConnectConfiguration> metadata, CancellationToken cancellationToken)
    {
        if (signingKey is JsonWebKey published)
        {
            return ReadKeys.GetValue(published, FromKey);
        }

        if (string.IsNullOrEmpty(signingKey?.KeyId))
        {
            return null;
        }

        var configuration = await metadata.GetConfigurationAsync(cancellationToken).ConfigureAwait(false);
        var entry = configuration.JsonWebKeySet?.Keys.FirstOrDefault(key => string.Equals(key.Kid, signingKey.KeyId, StringComparison.Ordinal));
        return entry is null ? null : ReadKeys.GetValue(entry, FromKey);
    }

    public static IReadOnlyCollection<string>? FromKey(JsonWebKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.AdditionalData.TryGetValue(EndorsementsMember, out var value) || value is null)
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array when array.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                [.. array.EnumerateArray().Select(e => e.GetString()!)],
            IEnumerable<string> strings => [.. strings],
            IEnumerable<object> items when items.All(item => item is string) => [.. items.Cast<string>()],
            _ => null,
        };
    }
}
