using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.ToTable("Nominations");
        builder.Property(n => n.ManagerObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(n => n.Reason).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(n => n.DecidedByObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(n => n.NominatedByObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(n => n.Version).IsConcurrencyToken();

        // One open nomination per person; the same SQL filter reads the same on SQLite and PostgreSQL.
        builder.HasIndex(n => n.ParticipantId)
            .IsUnique()
            .HasFilter($"\"Status\" IN ({string.Join(", ", Nomination.OpenStatuses.Select(s => $"'{s}'"))})")
            .HasDatabaseName("IX_Nominations_ParticipantId_Open");
        builder.HasIndex(n => new { n.Status, n.LastSentAt });
        builder.HasIndex(n => n.ManagerObjectId);
        builder.HasOne(n => n.Participant).WithMany().HasForeignKey(n => n.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(n => n.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
