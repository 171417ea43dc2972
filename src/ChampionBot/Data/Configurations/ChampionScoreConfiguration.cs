using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ChampionScoreConfiguration : IEntityTypeConfiguration<ChampionScore>
{
    public void Configure(EntityTypeBuilder<ChampionScore> builder)
    {
        builder.ToTable("ChampionScores");
        builder.HasIndex(s => s.ParticipantId).IsUnique();
        builder.HasIndex(s => new { s.ProgramId, s.Points });
        builder.HasOne(s => s.Participant).WithMany().HasForeignKey(s => s.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(s => s.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
