using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class MaturityPulseConfiguration : IEntityTypeConfiguration<MaturityPulse>
{
    /// <summary>Longer than any word the card accepts, so a stored word is never cut.</summary>
    public const int WordLength = 64;

    public void Configure(EntityTypeBuilder<MaturityPulse> builder)
    {
        builder.ToTable("MaturityPulses");
        builder.Property(p => p.Word).HasMaxLength(WordLength);

        // Asked once per person, program and round: the job claims the row before it queues the card.
        builder.HasIndex(p => new { p.ParticipantId, p.ProgramId, p.Round }).IsUnique();
        builder.HasIndex(p => new { p.ProgramId, p.Round });
        builder.HasOne<Participant>().WithMany().HasForeignKey(p => p.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
