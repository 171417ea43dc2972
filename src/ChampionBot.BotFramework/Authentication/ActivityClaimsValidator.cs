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

    /// <summary>
    /// Unauthorized when the token names a service URL other than the activity's (a token replayed with another
    /// serviceUrl would make the bot send its own token there); Forbidden when the signing key is endorsed for
    /// some channels and the activity claims another one.
    /// </summary>
    public static ClaimsCheck Validate(ClaimsPrincipal user, IReadOnlyCollection<string> signingKeyEndorsements, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(signingKeyEndorsements);
        ArgumentNullException.ThrowIfNull(activity);

        if (user.FindFirst(ServiceUrlClaim) is { } serviceUrlClaim && !SameServiceUrl(serviceUrlClaim.Value, activity.ServiceUrl))
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
