using System.Security.Claims;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// The checks on an Entra ID token that JwtBearer does not make. The caller's app id (<c>appid</c> in v1 tokens,
/// <c>azp</c> in v2) must be the bot's own: Entra tokens that the Bot Framework and the emulators send are acquired with
/// the bot's own identity, as the Bot Framework SDK's emulator validation requires. Any other app of the tenant (a
/// skill, a tab requesting <c>api://{appId}</c> for a user) is refused.
/// </summary>
public static class EntraTokenValidator
{
    public const string VersionClaim = "ver";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string TenantIdClaim = "tid";

    /// <summary>Null when valid, otherwise the reason (safe to log: it names claims, not their values).</summary>
    public static string? Validate(ClaimsPrincipal user, string appId, string? tenantId)
    {
        ArgumentNullException.ThrowIfNull(user);
        var version = user.FindFirst(VersionClaim)?.Value;
        var callerClaim = version switch
        {
            "1.0" => AppIdClaim,
            "2.0" => AuthorizedPartyClaim,
            _ => null,
        };
        if (callerClaim is null)
        {
            return "the 'ver' claim is neither 1.0 nor 2.0";
        }

        var caller = user.FindFirst(callerClaim)?.Value;
        if (!string.Equals(caller, appId, StringComparison.OrdinalIgnoreCase))
        {
            return $"the '{callerClaim}' claim is not the bot's app id";
        }

        // The issuer already names the tenant; the tid claim must not contradict it.
        var tid = user.FindFirst(TenantIdClaim)?.Value;
        if (tid is not null && !string.Equals(tid, tenantId, StringComparison.OrdinalIgnoreCase))
        {
            return "the 'tid' claim is not the bot's tenant";
        }

        return null;
    }
}
