using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ChampionEvidenceConfiguration : IEntityTypeConfiguration<ChampionEvidence>
{
    public void Configure(EntityTypeBuilder<ChampionEvidence> builder)
    {
        builder.ToTable("ChampionEvidence");
        builder.Property(e => e.SourceKey).HasMaxLength(ColumnSizes.Name);
        builder.Property(e => e.Detail).HasMaxLength(ColumnSizes.ShortText);
        builder.HasIndex(e => new { e.ParticipantId, e.Kind, e.SourceKey }).IsUnique();
        builder.HasOne(e => e.Participant).WithMany().HasForeignKey(e => e.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
