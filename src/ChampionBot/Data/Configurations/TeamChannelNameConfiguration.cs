using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class TeamChannelNameConfiguration : IEntityTypeConfiguration<TeamChannelName>
{
    public void Configure(EntityTypeBuilder<TeamChannelName> builder)
    {
        builder.ToTable("TeamChannelNames");
        builder.HasKey(n => new { n.TeamId, n.ChannelId });
        builder.Property(n => n.TeamId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(n => n.ChannelId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(n => n.TeamName).HasMaxLength(ColumnSizes.Name);
        builder.Property(n => n.ChannelName).HasMaxLength(ColumnSizes.Name);
    }
}
