using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> builder)
    {
        builder.ToTable("ConversationReferences");
        builder.Property(r => r.ServiceUrl).HasMaxLength(ColumnSizes.Url);
        builder.Property(r => r.ConversationId).HasMaxLength(ColumnSizes.ConversationId);
        builder.Property(r => r.ConversationType).HasMaxLength(32);
        builder.Property(r => r.BotId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(r => r.UserId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(r => r.UserAadObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(r => r.TenantId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(r => r.TeamId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(r => r.ChannelId).HasMaxLength(ColumnSizes.TeamsId);

        // The upsert key: a 1:1 chat has one user, a channel one row per person who spoke in it.
        builder.HasIndex(r => new { r.ConversationId, r.UserAadObjectId }).IsUnique();
        builder.HasIndex(r => new { r.UserAadObjectId, r.ConversationType });
    }
}
