using System.Security.Claims;
using ChampionBot.BotFramework.Authentication;

namespace ChampionBot.BotFramework.Tests.Authentication;

public sealed class EntraTokenValidatorTests
{
    private const string AppId = "b0700000-0000-4000-8000-000000000001";
    private const string Tenant = "7e000000-0000-4000-8000-000000000001";

    private static ClaimsPrincipal User(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));

    [Fact]
    public void Validate_V1WithBotsAppId_Valid() =>
        Assert.Null(EntraTokenValidator.Validate(User(("ver", "1.0"), ("appid", AppId), ("tid", Tenant)), AppId, Tenant));

    [Fact]
    public void Validate_V2WithBotsAzp_Valid() =>
        Assert.Null(EntraTokenValidator.Validate(User(("ver", "2.0"), ("azp", AppId.ToUpperInvariant()), ("tid", Tenant)), AppId, Tenant));

    [Fact]
    public void Validate_V1ReadsAppIdNotAzp_Refused() =>
        Assert.NotNull(EntraTokenValidator.Validate(User(("ver", "1.0"), ("azp", AppId)), AppId, Tenant));

    [Fact]
    public void Validate_V2ReadsAzpNotAppId_Refused() =>
        Assert.NotNull(EntraTokenValidator.Validate(User(("ver", "2.0"), ("appid", AppId)), AppId, Tenant));

    [Theory]
    [InlineData("1.0", "appid")]
    [InlineData("2.0", "azp")]
    public void Validate_AnotherAppOfTheTenant_Refused(string version, string claim) =>
        Assert.NotNull(EntraTokenValidator.Validate(User(("ver", version), (claim, "5e000000-0000-4000-8000-000000000005")), AppId, Tenant));

    [Theory]
    [InlineData(null)]
    [InlineData("3.0")]
    [InlineData("")]
    public void Validate_MissingOrUnknownVersion_Refused(string? version)
    {
        var user = version is null ? User(("appid", AppId), ("azp", AppId)) : User(("ver", version), ("appid", AppId), ("azp", AppId));

        Assert.NotNull(EntraTokenValidator.Validate(user, AppId, Tenant));
    }

    [Fact]
    public void Validate_TenantClaimOfAnotherTenant_Refused() =>
        Assert.NotNull(EntraTokenValidator.Validate(User(("ver", "2.0"), ("azp", AppId), ("tid", "7e000000-0000-4000-8000-0000000000ff")), AppId, Tenant));

    [Fact]
    public void Validate_Refusal_NamesTheClaimNotItsValue()
    {
        var reason = EntraTokenValidator.Validate(User(("ver", "2.0"), ("azp", "secret-looking-value")), AppId, Tenant);

        Assert.NotNull(reason);
        Assert.Contains("azp", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-looking-value", reason, StringComparison.Ordinal);
    }
}
