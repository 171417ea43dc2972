using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ChampionConfiguration : IEntityTypeConfiguration<Champion>
{
    public void Configure(EntityTypeBuilder<Champion> builder)
    {
        builder.ToTable("Champions");
        builder.Property(c => c.ApprovedByObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.HasIndex(c => new { c.ProgramId, c.ParticipantId }).IsUnique();
        builder.HasIndex(c => c.ParticipantId);
        builder.HasOne(c => c.Participant).WithMany().HasForeignKey(c => c.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(c => c.NominationId).OnDelete(DeleteBehavior.SetNull);
    }
}
