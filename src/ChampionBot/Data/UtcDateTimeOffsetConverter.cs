using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChampionBot.Data;

/// <summary>Normalises a <see cref="DateTimeOffset"/> to UTC, the only offset PostgreSQL's timestamptz accepts.</summary>
internal sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    value => value.ToUniversalTime());
