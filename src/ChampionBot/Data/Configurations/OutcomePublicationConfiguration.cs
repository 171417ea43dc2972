using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class OutcomePublicationConfiguration : IEntityTypeConfiguration<OutcomePublication>
{
    public void Configure(EntityTypeBuilder<OutcomePublication> builder)
    {
        builder.ToTable("OutcomePublications");
        builder.Property(p => p.Bucket).HasMaxLength(ColumnSizes.Name + ColumnSizes.Slug);
        builder.HasIndex(p => new { p.ProgramId, p.Bucket }).IsUnique();
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
