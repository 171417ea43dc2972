using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.ToTable("Participants");
        builder.Property(p => p.ObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.HasIndex(p => p.ObjectId).IsUnique();
        builder.Property(p => p.TenantId).HasMaxLength(ColumnSizes.ObjectId);
        builder.Property(p => p.TeamsUserId).HasMaxLength(ColumnSizes.TeamsId);
        builder.HasIndex(p => p.TeamsUserId);
        builder.Property(p => p.DisplayName).HasMaxLength(ColumnSizes.Name);
        builder.Property(p => p.UserPrincipalName).HasMaxLength(ColumnSizes.Name);
        // The Copilot usage report names people by UPN: its rows are joined to participants through this index.
        builder.HasIndex(p => p.UserPrincipalName);
        builder.Property(p => p.JobTitle).HasMaxLength(ColumnSizes.Name);
        builder.Property(p => p.Role).HasMaxLength(ColumnSizes.Slug);
        builder.Property(p => p.Department).HasMaxLength(ColumnSizes.Name);
        builder.Property(p => p.ManagerObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.HasIndex(p => p.ManagerObjectId);
        builder.Property(p => p.Team).HasMaxLength(ColumnSizes.Name);
        builder.Property(p => p.TimeZoneId).HasMaxLength(ColumnSizes.TimeZoneId);
        builder.Property(p => p.WorkingHoursPerWeek).HasDefaultValue(Participant.DefaultWorkingHoursPerWeek);
        builder.HasOne(p => p.Program).WithMany().HasForeignKey(p => p.ProgramId).OnDelete(DeleteBehavior.SetNull);
    }
}
