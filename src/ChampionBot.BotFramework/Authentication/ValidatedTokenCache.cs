using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ChampionBot.BotFramework.Authentication;

/// <summary>
/// Tokens that passed full validation, so that the Bot Connector's one token per hour is not RSA-checked on every request.
/// Keyed by the SHA-256 of the whole token (no token is held), at most <see cref="MaxEntries"/> entries, each reused until
/// the earlier of the token's <c>exp</c> and <see cref="MaxAge"/> after it was validated. Entries belong to the signing
/// keys they were validated with: when the issuer's configuration changes, the whole cache is dropped. Only successes are
/// stored. The per-activity checks (serviceurl claim, endorsements, the Entra caller) are not cached: they run after this.
/// </summary>
public sealed class ValidatedTokenCache(TimeProvider time)
{
    public const int MaxEntries = 1024;
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<TokenHash, Entry> _entries = new();
    private readonly Lock _gate = new();
    private object? _keys;

    public int Count => _entries.Count;

    /// <summary>The stored result for <paramref name="token"/> if it was validated with <paramref name="keys"/> and is still fresh.</summary>
    /// <param name="keys">The issuer configuration in force now; a different one than the entries were validated with clears them.</param>
    public bool TryGet(string token, object? keys, out TokenValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(token);
        result = null!;
        if (!ReferenceEquals(Volatile.Read(ref _keys), keys))
        {
            SwitchKeys(keys);
            return false;
        }

        var hash = TokenHash.Of(token);
        if (!_entries.TryGetValue(hash, out var entry))
        {
            return false;
        }

        if (entry.Until <= time.GetUtcNow())
        {
            _entries.TryRemove(hash, out _);
            return false;
        }

        result = entry.Result;
        return true;
    }

    /// <summary>Stores a successful validation made with <paramref name="keys"/>; failures, stale keys and a full cache store nothing.</summary>
    public void Add(string token, object? keys, TokenValidationResult result)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(result);
        var now = time.GetUtcNow();
        var expires = result.SecurityToken?.ValidTo is { } validTo && validTo > DateTime.MinValue
            ? new DateTimeOffset(DateTime.SpecifyKind(validTo, DateTimeKind.Utc))
            : now;
        var until = expires < now + MaxAge ? expires : now + MaxAge;
        if (!result.IsValid || until <= now || !ReferenceEquals(Volatile.Read(ref _keys), keys) || !HasRoom(now))
        {
            return;
        }

        _entries[TokenHash.Of(token)] = new Entry(until, result);
    }

    private bool HasRoom(DateTimeOffset now)
    {
        if (_entries.Count < MaxEntries)
        {
            return true;
        }

        foreach (var (hash, entry) in _entries)
        {
            if (entry.Until <= now)
            {
                _entries.TryRemove(hash, out _);
            }
        }

        return _entries.Count < MaxEntries;
    }

    private void SwitchKeys(object? keys)
    {
        lock (_gate)
        {
            if (!ReferenceEquals(_keys, keys))
            {
                _entries.Clear();
                Volatile.Write(ref _keys, keys);
            }
        }
    }

    private sealed record Entry(DateTimeOffset Until, TokenValidationResult Result);

    [StructLayout(LayoutKind.Sequential)]
    private readonly record struct TokenHash(UInt128 High, UInt128 Low)
    {
        public static TokenHash Of(string token)
        {
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(token.Length));
            try
            {
                var length = Encoding.UTF8.GetBytes(token, bytes);
                Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
                SHA256.HashData(bytes.AsSpan(0, length), hash);
                return MemoryMarshal.Read<TokenHash>(hash);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
    }
}
