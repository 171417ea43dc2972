using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class DreadItemConfiguration : IEntityTypeConfiguration<DreadItem>
{
    public void Configure(EntityTypeBuilder<DreadItem> builder)
    {
        builder.ToTable("DreadItems");
        builder.Property(d => d.Text).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(d => d.Role).HasMaxLength(ColumnSizes.Slug);
        builder.Property(d => d.Team).HasMaxLength(ColumnSizes.Name);
        builder.Property(d => d.CardInstanceId).HasMaxLength(64);
        builder.Property(d => d.ThemeKey).HasMaxLength(ColumnSizes.Name);
        builder.HasIndex(d => new { d.ParticipantId, d.CardInstanceId }).IsUnique();
        builder.HasIndex(d => new { d.ProgramId, d.ThemeKey });
        builder.HasOne(d => d.Participant).WithMany().HasForeignKey(d => d.ParticipantId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ChampionProgram>().WithMany().HasForeignKey(d => d.ProgramId).OnDelete(DeleteBehavior.SetNull);
    }
}
