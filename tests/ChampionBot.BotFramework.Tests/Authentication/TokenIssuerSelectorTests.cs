using System.Text;
using ChampionBot.BotFramework.Authentication;

namespace ChampionBot.BotFramework.Tests.Authentication;

public sealed class TokenIssuerSelectorTests
{
    private const string Tenant = "7e000000-0000-4000-8000-000000000001";

    /// <summary>An unsigned token naming an issuer: the selector reads the issuer only, it never trusts it.</summary>
    private static string Bearer(string issuer) =>
        "Bearer " + Segment("""{"alg":"RS256","typ":"JWT"}""") + "." + Segment($$"""{"iss":"{{issuer}}","aud":"x"}""") + ".c2ln";

    private static string Segment(string json) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Select_NoHeader_BotFrameworkSchemeWhichChallenges(string? header) =>
        Assert.Equal(BotAuthentication.BotFrameworkScheme, TokenIssuerSelector.Select(header, Tenant));

    [Fact]
    public void Select_BotFrameworkIssuer_BotFrameworkScheme() =>
        Assert.Equal(BotAuthentication.BotFrameworkScheme, TokenIssuerSelector.Select(Bearer("https://api.botframework.com"), Tenant));

    [Theory]
    [InlineData("https://login.microsoftonline.com/" + Tenant + "/v2.0")]
    [InlineData("https://sts.windows.net/" + Tenant + "/")]
    public void Select_EntraIssuerOfTheTenant_EntraScheme(string issuer) =>
        Assert.Equal(BotAuthentication.EntraScheme, TokenIssuerSelector.Select(Bearer(issuer), Tenant));

    [Theory]
    [InlineData("https://login.microsoftonline.com/7e000000-0000-4000-8000-0000000000ff/v2.0")]
    [InlineData("https://sts.windows.net/7e000000-0000-4000-8000-0000000000ff/")]
    [InlineData("https://login.microsoftonline.com/common/v2.0")]
    [InlineData("https://api.botframework.com/")]
    [InlineData("https://evil.example.com")]
    public void Select_UntrustedIssuer_Unrecognized(string issuer) =>
        Assert.Equal(BotAuthentication.UnrecognizedTokenScheme, TokenIssuerSelector.Select(Bearer(issuer), Tenant));

    [Fact]
    public void Select_EntraIssuerWithoutConfiguredTenant_Unrecognized() =>
        Assert.Equal(BotAuthentication.UnrecognizedTokenScheme, TokenIssuerSelector.Select(Bearer("https://sts.windows.net/" + Tenant + "/"), tenantId: null));

    [Theory]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer a.b.c")]
    [InlineData("Bearer ....")]
    [InlineData("Bearer eyJhbGciOiJSUzI1NiJ9.!!!.x")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer")]
    [InlineData("garbage")]
    public void Select_UnreadableHeader_UnrecognizedWithoutThrowing(string header) =>
        Assert.Equal(BotAuthentication.UnrecognizedTokenScheme, TokenIssuerSelector.Select(header, Tenant));
}
