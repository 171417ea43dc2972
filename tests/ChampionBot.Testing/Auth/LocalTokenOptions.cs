namespace ChampionBot.Testing.Auth;

/// <summary>The keys a <see cref="LocalTokenIssuer"/> can sign with.</summary>
public enum LocalSigningKey
{
    /// <summary>Published in the Bot Framework key set, endorsed for <c>msteams</c>.</summary>
    Teams,

    /// <summary>Published in the Bot Framework key set, endorsed for <c>webchat</c> only.</summary>
    OtherChannel,

    /// <summary>Published in the Entra ID key set, with no endorsements (as Entra publishes its keys).</summary>
    Entra,

    /// <summary>Published nowhere: a forger's key.</summary>
    Unpublished,
}

public enum EntraTokenVersion
{
    V1,
    V2,
}

/// <summary>What to change in a minted token. Everything left null takes the realistic default of the token kind.</summary>
public sealed record LocalTokenOptions
{
    public string? Audience { get; init; }

    public string? Issuer { get; init; }

    public DateTimeOffset? NotBefore { get; init; }

    public DateTimeOffset? Expires { get; init; }

    /// <summary>The <c>serviceurl</c> claim of Bot Framework tokens; defaults to <see cref="LocalTokenIssuer.DefaultServiceUrl"/>.</summary>
    public string? ServiceUrl { get; init; }

    /// <summary>False leaves the <c>serviceurl</c> claim out (it is never in Entra tokens unless set).</summary>
    public bool IncludeServiceUrl { get; init; } = true;

    /// <summary>JWS algorithm: RS256 (default), RS384, RS512, PS256…</summary>
    public string Algorithm { get; init; } = "RS256";

    public LocalSigningKey? Key { get; init; }

    /// <summary>Overrides the <c>kid</c> header (the signature still uses <see cref="Key"/>).</summary>
    public string? KeyId { get; init; }

    /// <summary>The Entra caller (<c>appid</c> in v1, <c>azp</c> in v2); defaults to the bot's own app id.</summary>
    public string? CallerAppId { get; init; }

    /// <summary>Claims added last; a null value removes a claim.</summary>
    public IReadOnlyDictionary<string, object?>? Claims { get; init; }
}
