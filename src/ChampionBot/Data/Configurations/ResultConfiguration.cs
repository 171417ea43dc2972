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
        // The outcome ledger's index: by challenge, then person, holding every column the ledger adds up, so its queries
        // read this index alone (never the table row by row) and meet each challenge's people in order, one page of
        // Participants after the next. It also finds each challenge's first and last result.
        builder.HasIndex(r => new
        {
            r.ChallengeId, r.ParticipantId, r.SubmittedAt, r.UpdatedAt, r.RetryReportedAt, r.Worked, r.RetryWorked,
            r.MinutesBefore, r.MinutesWithAi, r.TimesPerWeek, r.Feeling,
        }).HasDatabaseName("IX_Results_Ledger");
        // "Forget me" detaches results rather than deleting them, so outcomes keep their anonymous numbers.
        builder.HasOne(r => r.Participant).WithMany().HasForeignKey(r => r.ParticipantId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Challenge).WithMany().HasForeignKey(r => r.ChallengeId).OnDelete(DeleteBehavior.Restrict);
    }
}
