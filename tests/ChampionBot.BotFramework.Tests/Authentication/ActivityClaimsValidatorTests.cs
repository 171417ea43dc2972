using System.Security.Claims;
using ChampionBot.BotFramework.Authentication;
using ChampionBot.BotFramework.Schema;

namespace ChampionBot.BotFramework.Tests.Authentication;

public sealed class ActivityClaimsValidatorTests
{
    private const string ServiceUrl = "https://smba.trafficmanager.net/amer/";

    private static ClaimsPrincipal User(string? serviceUrl = null, string issuer = "https://login.microsoftonline.com/t/v2.0") =>
        new(new ClaimsIdentity(serviceUrl is null ? [new Claim("iss", issuer)] : [new Claim("iss", issuer), new Claim("serviceurl", serviceUrl)], "test"));

    private static Activity Message(string? serviceUrl = ServiceUrl, string? channelId = "msteams") =>
        new() { Type = "message", ServiceUrl = serviceUrl, ChannelId = channelId };

    [Fact]
    public void Validate_EntraTokenWithoutServiceUrlClaimAndNoEndorsements_Valid() =>
        Assert.Equal(ClaimsCheck.Valid, ActivityClaimsValidator.Validate(User(), [], Message()));

    [Fact]
    public void Validate_BotFrameworkTokenWithoutServiceUrlClaim_Unauthorized() =>
        Assert.Equal(ClaimsCheck.Unauthorized, ActivityClaimsValidator.Validate(User(issuer: "https://api.botframework.com"), [], Message()));

    [Fact]
    public void Validate_BotFrameworkTokenWithMatchingServiceUrlClaim_Valid() =>
        Assert.Equal(ClaimsCheck.Valid, ActivityClaimsValidator.Validate(User(ServiceUrl, "https://api.botframework.com"), [], Message()));

    [Theory]
    [InlineData(ServiceUrl)]
    [InlineData("https://SMBA.TrafficManager.net/AMER/")]
    [InlineData("https://smba.trafficmanager.net/amer")]
    public void Validate_ServiceUrlClaimEqualIgnoringCaseAndTrailingSlash_Valid(string claim) =>
        Assert.Equal(ClaimsCheck.Valid, ActivityClaimsValidator.Validate(User(claim), [], Message()));

    [Theory]
    [InlineData("https://smba.trafficmanager.net/emea/")]
    [InlineData("https://evil.example.com/amer/")]
    [InlineData("https://smba.trafficmanager.net/amer/x/")]
    public void Validate_ServiceUrlClaimDiffers_Unauthorized(string claim) =>
        Assert.Equal(ClaimsCheck.Unauthorized, ActivityClaimsValidator.Validate(User(claim), [], Message()));

    [Fact]
    public void Validate_ServiceUrlClaimButActivityHasNone_Unauthorized() =>
        Assert.Equal(ClaimsCheck.Unauthorized, ActivityClaimsValidator.Validate(User(ServiceUrl), [], Message(serviceUrl: null)));

    [Fact]
    public void Validate_KeyEndorsedForTheChannel_Valid() =>
        Assert.Equal(ClaimsCheck.Valid, ActivityClaimsValidator.Validate(User(ServiceUrl), ["skype", "msteams"], Message()));

    [Fact]
    public void Validate_KeyNotEndorsedForTheChannel_Forbidden() =>
        Assert.Equal(ClaimsCheck.Forbidden, ActivityClaimsValidator.Validate(User(ServiceUrl), ["webchat"], Message()));

    [Fact]
    public void Validate_EndorsementsCompareExactly_Forbidden() =>
        Assert.Equal(ClaimsCheck.Forbidden, ActivityClaimsValidator.Validate(User(), ["MsTeams"], Message()));

    [Fact]
    public void Validate_EndorsedKeyAndActivityWithoutChannel_Forbidden() =>
        Assert.Equal(ClaimsCheck.Forbidden, ActivityClaimsValidator.Validate(User(), ["msteams"], Message(channelId: null)));

    [Fact]
    public void Validate_ServiceUrlMismatchAndNotEndorsed_UnauthorizedFirst() =>
        Assert.Equal(ClaimsCheck.Unauthorized, ActivityClaimsValidator.Validate(User("https://evil.example.com/"), ["webchat"], Message()));
}
