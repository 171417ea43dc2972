using System.Security.Claims;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Authentication;

public enum ClaimsCheck
{
    Valid,
    Unauthorized,
    Forbidden,
}

/// <summary>The checks that need both the validated token and the activity: the serviceurl claim and key endorsements.</summary>
public static class ActivityClaimsValidator
{
    public const string ServiceUrlClaim = "serviceurl";
    public const string IssuerClaim = "iss";

    /// <summary>
    /// Unauthorized when the token names a service URL other than the activity's (a token replayed with another
    /// serviceUrl would make the bot send its own token there), or when a Bot Framework channel token names none (the
    /// Bot Framework SDK requires the claim on those; Entra tokens from emulators carry none); Forbidden when the signing
    /// key is endorsed for some channels and the activity claims another one.
    /// </summary>
    public static ClaimsCheck Validate(ClaimsPrincipal user, IReadOnlyCollection<string> signingKeyEndorsements, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(signingKeyEndorsements);
        ArgumentNullException.ThrowIfNull(activity);

        var serviceUrlClaim = user.FindFirst(ServiceUrlClaim)?.Value;
        if (serviceUrlClaim is null
            ? string.Equals(user.FindFirst(IssuerClaim)?.Value, BotIssuers.BotFramework, StringComparison.Ordinal)
            : !SameServiceUrl(serviceUrlClaim, activity.ServiceUrl))
        {
            return ClaimsCheck.Unauthorized;
        }

        // An endorsed key with an activity that names no channel fails closed: we cannot show the channel is allowed.
        if (signingKeyEndorsements.Count > 0
            && (string.IsNullOrEmpty(activity.ChannelId) || !signingKeyEndorsements.Contains(activity.ChannelId, StringComparer.Ordinal)))
        {
            return ClaimsCheck.Forbidden;
        }

        return ClaimsCheck.Valid;
    }

    /// <summary>Case-insensitive, and "https://host/path/" equals "https://host/path".</summary>
    public static bool SameServiceUrl(string fromToken, string? fromActivity) =>
        fromActivity is not null
        && string.Equals(fromToken.TrimEnd('/'), fromActivity.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
