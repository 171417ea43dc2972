using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class CopilotUsageSnapshotConfiguration : IEntityTypeConfiguration<CopilotUsageSnapshot>
{
    public void Configure(EntityTypeBuilder<CopilotUsageSnapshot> builder)
    {
        builder.ToTable("CopilotUsage");
        builder.Property(u => u.App).HasMaxLength(32);
        builder.HasIndex(u => new { u.ParticipantId, u.App }).IsUnique();
        builder.HasOne(u => u.Participant).WithMany().HasForeignKey(u => u.ParticipantId).OnDelete(DeleteBehavior.Cascade);
    }
}
