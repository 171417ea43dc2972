using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.ToTable("Challenges");
        builder.Property(c => c.Slug).HasMaxLength(ColumnSizes.Slug);
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Title).HasMaxLength(ColumnSizes.Name);
        builder.Property(c => c.Task).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(c => c.AudienceRole).HasMaxLength(ColumnSizes.Slug);
        builder.Property(c => c.WhatGoodLooksLike).HasMaxLength(ColumnSizes.ShortText * 2);
        builder.Property(c => c.RescueTip).HasMaxLength(ColumnSizes.ShortText * 2);
        builder.Property(c => c.CreatedByObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasIndex(c => new { c.ProgramId, c.Status, c.ScheduledFor });
        builder.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.SourceDreadItem).WithMany().HasForeignKey(c => c.SourceDreadItemId).OnDelete(DeleteBehavior.SetNull);
    }
}
