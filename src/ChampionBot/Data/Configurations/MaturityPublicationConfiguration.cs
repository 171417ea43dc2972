using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class MaturityPublicationConfiguration : IEntityTypeConfiguration<MaturityPublication>
{
    public void Configure(EntityTypeBuilder<MaturityPublication> builder)
    {
        builder.ToTable("MaturityPublications");
        builder.Property(p => p.Words).HasMaxLength(ColumnSizes.ShortText);
        builder.HasIndex(p => new { p.ProgramId, p.Round }).IsUnique();
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
