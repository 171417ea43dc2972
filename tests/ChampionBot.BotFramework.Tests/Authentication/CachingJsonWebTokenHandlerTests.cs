using System.Security.Cryptography;
using ChampionBot.BotFramework.Authentication;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace ChampionBot.BotFramework.Tests.Authentication;

/// <summary>The cache in front of real validation: what a hit returns, and that failures and old keys never hit.</summary>
public sealed class CachingJsonWebTokenHandlerTests : IDisposable
{
    private const string Issuer = "https://api.botframework.com";
    private const string Audience = "b0700000-0000-4000-8000-000000000001";
    private readonly RSA _rsa = RSA.Create(2048);
    private readonly RsaSecurityKey _key;
    private readonly string _token;

    public CachingJsonWebTokenHandlerTests()
    {
        _key = new RsaSecurityKey(_rsa) { KeyId = "k1" };
        _token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Expires = DateTime.UtcNow.AddHours(1),
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.RsaSha256),
        });
    }

    public void Dispose() => _rsa.Dispose();

    private static CachingJsonWebTokenHandler Handler() => new(new ValidatedTokenCache(TimeProvider.System));

    private static TokenValidationParameters Parameters(params SecurityKey[] keys)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = Issuer };
        foreach (var key in keys)
        {
            configuration.SigningKeys.Add(key);
        }

        return new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Audience,
            ConfigurationManager = new StaticConfigurationManager<OpenIdConnectConfiguration>(configuration),
        };
    }

    [Fact]
    public async Task ValidateTokenAsync_SameTokenAndKeys_SecondCallReusesTheValidatedTokenWithItsOwnIdentity()
    {
        var handler = Handler();
        var parameters = Parameters(_key);

        var first = await handler.ValidateTokenAsync(_token, parameters);
        var second = await handler.ValidateTokenAsync(_token, parameters);

        Assert.True(first.IsValid);
        Assert.True(second.IsValid);
        Assert.Same(first.SecurityToken, second.SecurityToken);
        Assert.NotSame(first.ClaimsIdentity, second.ClaimsIdentity);
        Assert.Equal(Audience, second.ClaimsIdentity.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task ValidateTokenAsync_FailedOnce_IsValidatedAgainNextTime()
    {
        var handler = Handler();
        using var other = RSA.Create(2048);

        var failed = await handler.ValidateTokenAsync(_token, Parameters(new RsaSecurityKey(other) { KeyId = "k1" }));
        var retried = await handler.ValidateTokenAsync(_token, Parameters(_key));

        Assert.False(failed.IsValid);
        Assert.True(retried.IsValid);
    }

    [Fact]
    public async Task ValidateTokenAsync_SigningKeysRotatedAway_FailsInsteadOfHittingTheCache()
    {
        var handler = Handler();
        using var other = RSA.Create(2048);

        var before = await handler.ValidateTokenAsync(_token, Parameters(_key));
        var after = await handler.ValidateTokenAsync(_token, Parameters(new RsaSecurityKey(other) { KeyId = "k2" }));

        Assert.True(before.IsValid);
        Assert.False(after.IsValid);
    }
}
