using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class DoNotContactConfiguration : IEntityTypeConfiguration<DoNotContact>
{
    public void Configure(EntityTypeBuilder<DoNotContact> builder)
    {
        builder.ToTable("DoNotContact");
        builder.HasKey(d => d.ObjectId);
        builder.Property(d => d.ObjectId).HasMaxLength(ColumnSizes.ObjectId);
    }
}
