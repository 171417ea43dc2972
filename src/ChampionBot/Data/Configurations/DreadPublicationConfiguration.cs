using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class DreadPublicationConfiguration : IEntityTypeConfiguration<DreadPublication>
{
    public void Configure(EntityTypeBuilder<DreadPublication> builder)
    {
        builder.ToTable("DreadPublications");
        builder.Property(d => d.Bucket).HasMaxLength(ColumnSizes.Name + ColumnSizes.Slug + ColumnSizes.Slug);
        builder.Property(d => d.Label).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(d => d.Roles).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(d => d.Teams).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(d => d.SharedRole).HasMaxLength(ColumnSizes.Slug);
        builder.HasIndex(d => new { d.ProgramId, d.Bucket }).IsUnique();
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(d => d.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
