using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("Reminders");

        // At most one reminder per person per challenge.
        builder.HasIndex(r => new { r.ParticipantId, r.ChallengeId }).IsUnique();
        builder.HasIndex(r => r.ChallengeId);
        builder.HasOne(r => r.Participant).WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Challenge).WithMany().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Cascade);
    }
}
