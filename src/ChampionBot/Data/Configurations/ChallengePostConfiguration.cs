using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ChallengePostConfiguration : IEntityTypeConfiguration<ChallengePost>
{
    public void Configure(EntityTypeBuilder<ChallengePost> builder)
    {
        builder.ToTable("ChallengePosts");
        builder.Property(p => p.ChannelConversationId).HasMaxLength(ColumnSizes.ConversationId);
        builder.Property(p => p.ChannelActivityId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(p => p.ChallengeIds).HasMaxLength(ColumnSizes.ShortText);

        // A cadence occurrence posts once, whichever instance gets there first.
        builder.HasIndex(p => new { p.ProgramId, p.OccurrenceAt }).IsUnique();
        builder.HasIndex(p => p.ChallengeId);

        // The posting job looks for unfinished fan-outs on every poll.
        builder.HasIndex(p => p.FannedOutAt);
        builder.HasOne(p => p.Challenge).WithMany().HasForeignKey(p => p.ChallengeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Program).WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<OutboundMessage>().WithMany().HasForeignKey(p => p.OutboundMessageId).OnDelete(DeleteBehavior.SetNull);
    }
}
