using ChampionBot.BotFramework.Authentication;
using ChampionBot.BotFramework.Hosting;

namespace ChampionBot.BotFramework.Tests.Authentication;

public sealed class BotIssuersTests
{
    private const string Tenant = "7e000000-0000-4000-8000-000000000001";

    [Fact]
    public void EntraMetadataAddress_PublicDefaultWithTenant_TheTenantsOwnDocument() =>
        Assert.Equal(
            $"https://login.microsoftonline.com/{Tenant}/v2.0/.well-known/openid-configuration",
            BotIssuers.EntraMetadataAddress(new BotOptions { TenantId = Tenant }));

    [Fact]
    public void EntraMetadataAddress_PublicDefaultWithoutTenant_CommonDocument() =>
        Assert.Equal(BotOptions.PublicEntraOpenIdMetadata, BotIssuers.EntraMetadataAddress(new BotOptions()));

    [Fact]
    public void EntraMetadataAddress_ConfiguredAddress_UsedAsItIs()
    {
        const string Sovereign = "https://login.microsoftonline.us/" + Tenant + "/v2.0/.well-known/openid-configuration";

        Assert.Equal(Sovereign, BotIssuers.EntraMetadataAddress(new BotOptions { TenantId = Tenant, EntraOpenIdMetadata = Sovereign }));
    }

    [Fact]
    public void EntraIssuersOf_Tenant_V2AndV1Issuers() =>
        Assert.Equal(
            [$"https://login.microsoftonline.com/{Tenant}/v2.0", $"https://sts.windows.net/{Tenant}/"],
            BotIssuers.EntraIssuersOf(Tenant));

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true, true)]
    [InlineData("http://127.0.0.1:5000/meta", true, false)]
    [InlineData("http://localhost:5000/meta", true, false)]
    [InlineData("http://[::1]:5000/meta", true, false)]
    [InlineData("http://login.botframework.com/v1/.well-known/openidconfiguration", false, true)]
    [InlineData("http://10.0.0.5/meta", false, true)]
    [InlineData("ftp://127.0.0.1/meta", false, true)]
    [InlineData("/relative/meta", false, true)]
    [InlineData("", false, true)]
    public void IsAcceptableMetadataAddress_HttpsOrLoopbackHttpOnly(string address, bool acceptable, bool requireHttps)
    {
        Assert.Equal(acceptable, BotIssuers.IsAcceptableMetadataAddress(address, out var https));
        Assert.Equal(requireHttps, https);
    }
}
