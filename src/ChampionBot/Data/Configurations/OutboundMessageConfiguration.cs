using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class OutboundMessageConfiguration : IEntityTypeConfiguration<OutboundMessage>
{
    public void Configure(EntityTypeBuilder<OutboundMessage> builder)
    {
        builder.ToTable("OutboundMessages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.RequestedByObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(m => m.ProgressConversationId).HasMaxLength(ColumnSizes.ConversationId);
        builder.Property(m => m.ProgressActivityId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.HasIndex(m => new { m.Status, m.CreatedAt });

        // A retried enqueue (a resumed fan-out) finds its first message instead of sending twice; NULLs never collide.
        builder.Property(m => m.IdempotencyKey).HasMaxLength(ColumnSizes.IdempotencyKey);
        builder.HasIndex(m => m.IdempotencyKey).IsUnique();
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(m => m.ProgramId).OnDelete(DeleteBehavior.SetNull);
    }
}
