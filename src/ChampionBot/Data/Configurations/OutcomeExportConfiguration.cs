using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class OutcomeExportConfiguration : IEntityTypeConfiguration<OutcomeExport>
{
    public void Configure(EntityTypeBuilder<OutcomeExport> builder)
    {
        builder.ToTable("OutcomeExports");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasMaxLength(ColumnSizes.Slug);
        builder.Property(e => e.RequestedByObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.HasIndex(e => e.ExpiresAt);
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
