using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ResultConfiguration : IEntityTypeConfiguration<Result>
{
    public void Configure(EntityTypeBuilder<Result> builder)
    {
        builder.ToTable("Results", table =>
        {
            table.HasCheckConstraint("CK_Results_Quality", "\"Quality\" BETWEEN 1 AND 5");
            table.HasCheckConstraint("CK_Results_Feeling", "\"Feeling\" BETWEEN 1 AND 5");
            table.HasCheckConstraint("CK_Results_Minutes", "\"MinutesBefore\" >= 0 AND \"MinutesWithAi\" >= 0");
        });
        builder.Property(r => r.WhatTheyDidDifferently).HasMaxLength(ColumnSizes.ShortText * 2);

        // One result per person per challenge: a double-click or a second submit updates, never duplicates.
        builder.HasIndex(r => new { r.ParticipantId, r.ChallengeId }).IsUnique();
        // By challenge, then time: the outcome ledger finds a program's first and last result without reading them all.
        builder.HasIndex(r => new { r.ChallengeId, r.SubmittedAt });
        // "Forget me" detaches results rather than deleting them, so outcomes keep their anonymous numbers.
        builder.HasOne(r => r.Participant).WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Challenge).WithMany().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Restrict);
    }
}
