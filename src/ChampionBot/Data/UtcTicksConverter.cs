using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ChampionBot.Data;

/// <summary>Stores a <see cref="DateTimeOffset"/> as UTC ticks: exact, sortable and comparable in SQLite.</summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
