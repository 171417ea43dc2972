using ChampionBot.BotFramework.Authentication;
using Microsoft.IdentityModel.Tokens;

namespace ChampionBot.BotFramework.Tests.Authentication;

public sealed class SigningKeyEndorsementsTests
{
    private static JsonWebKey Key(string extra) => new($$"""{"kty":"RSA","kid":"k1","n":"AQAB","e":"AQAB"{{extra}}}""");

    [Fact]
    public void FromKey_EndorsementsArray_TheChannelIds() =>
        Assert.Equal(["msteams", "skype"], SigningKeyEndorsements.FromKey(Key(""","endorsements":["msteams","skype"]""")));

    [Fact]
    public void FromKey_NoEndorsements_Empty() =>
        Assert.Equal([], SigningKeyEndorsements.FromKey(Key(string.Empty)));

    [Theory]
    [InlineData(""","endorsements":"msteams" """)]
    [InlineData(""","endorsements":[1,2]""")]
    [InlineData(""","endorsements":{"a":"msteams"}""")]
    public void FromKey_UnreadableEndorsements_NullSoTheTokenFails(string extra) =>
        Assert.Null(SigningKeyEndorsements.FromKey(Key(extra)));

    [Fact]
    public void For_SameAddressTwice_OneConfigurationManager()
    {
        using var cache = new OpenIdMetadataCache();

        var first = cache.For("https://login.botframework.com/v1/.well-known/openidconfiguration", requireHttps: true);
        var second = cache.For("https://login.botframework.com/v1/.well-known/openidconfiguration", requireHttps: true);

        Assert.Same(first, second);
        Assert.Equal(OpenIdMetadataCache.AutomaticRefreshInterval, first.AutomaticRefreshInterval);
        Assert.True(first.AutomaticRefreshInterval <= TimeSpan.FromDays(1));
    }
}
