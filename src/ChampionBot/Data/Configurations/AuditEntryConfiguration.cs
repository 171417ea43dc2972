using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.Property(a => a.ActorObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(a => a.Action).HasMaxLength(ColumnSizes.Slug);
        builder.Property(a => a.Subject).HasMaxLength(ColumnSizes.Name);
        builder.HasIndex(a => a.At);
        builder.HasIndex(a => a.ActorObjectId);
    }
}
