using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ProgramOwnerConfiguration : IEntityTypeConfiguration<ProgramOwner>
{
    public void Configure(EntityTypeBuilder<ProgramOwner> builder)
    {
        builder.ToTable("ProgramOwners");
        builder.Property(o => o.ObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(o => o.DisplayName).HasMaxLength(ColumnSizes.Name);
        builder.Property(o => o.AddedByObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.HasIndex(o => new { o.ProgramId, o.ObjectId }).IsUnique();
        builder.HasIndex(o => o.ObjectId);
    }
}
