using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ChampionProgramConfiguration : IEntityTypeConfiguration<ChampionProgram>
{
    public void Configure(EntityTypeBuilder<ChampionProgram> builder)
    {
        builder.ToTable("Programs");
        builder.Property(p => p.Slug).HasMaxLength(ColumnSizes.Slug);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(ColumnSizes.Name);
        builder.Property(p => p.BusinessOutcome).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(p => p.Kpi).HasMaxLength(ColumnSizes.ShortText);
        builder.Property(p => p.TimeZoneId).HasMaxLength(ColumnSizes.TimeZoneId);
        builder.Property(p => p.CadenceCron).HasMaxLength(ColumnSizes.Cron);
        builder.Property(p => p.TenantId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(p => p.PilotTeamId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(p => p.PilotChannelId).HasMaxLength(ColumnSizes.TeamsId);
        builder.Property(p => p.PilotTeamName).HasMaxLength(ColumnSizes.Name);
        builder.Property(p => p.Stage).HasConversion<string>().HasMaxLength(16).HasDefaultValue(ProgramStage.Crawl).HasSentinel(ProgramStage.Crawl);
        builder.Property(p => p.WidenedTo).HasMaxLength(ColumnSizes.Name);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasMany(p => p.Owners).WithOne(o => o.Program).HasForeignKey(o => o.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
