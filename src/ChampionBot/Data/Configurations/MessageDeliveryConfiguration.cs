using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class MessageDeliveryConfiguration : IEntityTypeConfiguration<MessageDelivery>
{
    public void Configure(EntityTypeBuilder<MessageDelivery> builder)
    {
        builder.ToTable("Deliveries");
        builder.Property(d => d.RecipientObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(d => d.RecipientTeamsUserId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(d => d.TenantId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(d => d.ServiceUrl).HasMaxLength(ColumnSizes.Url);
        builder.Property(d => d.ConversationId).HasMaxLength(ColumnSizes.ConversationId);
        builder.Property(d => d.ClaimedBy).HasMaxLength(ColumnSizes.Slug);
        builder.Property(d => d.ActivityId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(d => d.LastError).HasMaxLength(ColumnSizes.ShortText);

        // One delivery per recipient per message: enqueueing twice adds nothing.
        builder.HasIndex(d => new { d.OutboundMessageId, d.RecipientObjectId }).IsUnique();

        // The sender's claim query: WHERE Status = Pending AND NextAttemptAt <= now ORDER BY NextAttemptAt.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });
        builder.HasOne(d => d.OutboundMessage).WithMany().HasForeignKey(d => d.OutboundMessageId).OnDelete(DeleteBehavior.Cascade);
    }
}
