using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class TrustedServiceUrlConfiguration : IEntityTypeConfiguration<TrustedServiceUrl>
{
    public void Configure(EntityTypeBuilder<TrustedServiceUrl> builder)
    {
        builder.ToTable("TrustedServiceUrls");
        builder.HasKey(t => t.Url);
        builder.Property(t => t.Url).HasMaxLength(ColumnSizes.Url);
    }
}
