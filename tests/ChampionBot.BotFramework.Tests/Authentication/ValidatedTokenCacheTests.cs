using ChampionBot.BotFramework.Authentication;
using Microsoft.Extensions.Time.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ChampionBot.BotFramework.Tests.Authentication;

public sealed class ValidatedTokenCacheTests
{
    private static readonly object Keys = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero));

    private TokenValidationResult Valid(TimeSpan expiresIn) => new()
    {
        IsValid = true,
        SecurityToken = new JsonWebToken("{\"alg\":\"RS256\"}", $"{{\"exp\":{(_time.GetUtcNow() + expiresIn).ToUnixTimeSeconds()}}}"),
    };

    [Fact]
    public void TryGet_TokenAddedMomentsAgo_ReturnsItsResult()
    {
        var cache = new ValidatedTokenCache(_time);
        var result = Valid(TimeSpan.FromHours(1));
        cache.TryGet("token-a", Keys, out _);
        cache.Add("token-a", Keys, result);

        Assert.True(cache.TryGet("token-a", Keys, out var cached));
        Assert.Same(result, cached);
        Assert.False(cache.TryGet("token-b", Keys, out _));
    }

    [Fact]
    public void TryGet_AfterTheTokensExp_Misses()
    {
        var cache = new ValidatedTokenCache(_time);
        cache.TryGet("token", Keys, out _);
        cache.Add("token", Keys, Valid(TimeSpan.FromMinutes(2)));

        _time.Advance(TimeSpan.FromMinutes(2));

        Assert.False(cache.TryGet("token", Keys, out _));
    }

    [Fact]
    public void TryGet_AfterMaxAgeBeforeExp_Misses()
    {
        var cache = new ValidatedTokenCache(_time);
        cache.TryGet("token", Keys, out _);
        cache.Add("token", Keys, Valid(TimeSpan.FromHours(1)));

        _time.Advance(ValidatedTokenCache.MaxAge - TimeSpan.FromSeconds(1));
        Assert.True(cache.TryGet("token", Keys, out _));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(cache.TryGet("token", Keys, out _));
    }

    [Fact]
    public void TryGet_SigningKeysChanged_MissesAndDropsEveryEntry()
    {
        var cache = new ValidatedTokenCache(_time);
        cache.TryGet("a", Keys, out _);
        cache.Add("a", Keys, Valid(TimeSpan.FromHours(1)));
        cache.Add("b", Keys, Valid(TimeSpan.FromHours(1)));

        var rotated = new object();

        Assert.False(cache.TryGet("a", rotated, out _));
        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("b", Keys, out _));
    }

    [Fact]
    public void Add_ValidatedWithKeysNoLongerInForce_StoresNothing()
    {
        var cache = new ValidatedTokenCache(_time);
        cache.TryGet("a", Keys, out _);

        cache.Add("a", new object(), Valid(TimeSpan.FromHours(1)));

        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Add_FailedValidation_StoresNothing()
    {
        var cache = new ValidatedTokenCache(_time);
        cache.TryGet("token", Keys, out _);
        var failed = Valid(TimeSpan.FromHours(1));
        failed.IsValid = false;

        cache.Add("token", Keys, failed);

        Assert.False(cache.TryGet("token", Keys, out _));
    }

    [Fact]
    public void Add_Full_StoresNoMoreUntilEntriesExpire()
    {
        var cache = new ValidatedTokenCache(_time);
        cache.TryGet("token-0", Keys, out _);
        for (var i = 0; i < ValidatedTokenCache.MaxEntries; i++)
        {
            cache.Add($"token-{i}", Keys, Valid(TimeSpan.FromMinutes(1)));
        }

        cache.Add("one-too-many", Keys, Valid(TimeSpan.FromHours(1)));
        Assert.Equal(ValidatedTokenCache.MaxEntries, cache.Count);
        Assert.False(cache.TryGet("one-too-many", Keys, out _));

        _time.Advance(TimeSpan.FromMinutes(1));
        cache.Add("one-too-many", Keys, Valid(TimeSpan.FromHours(1)));
        Assert.Equal(1, cache.Count);
        Assert.True(cache.TryGet("one-too-many", Keys, out _));
    }
}
