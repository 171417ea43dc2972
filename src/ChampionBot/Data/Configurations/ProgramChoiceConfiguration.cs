using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ChampionBot.Data.Configurations;

internal sealed class ProgramChoiceConfiguration : IEntityTypeConfiguration<ProgramChoice>
{
    public void Configure(EntityTypeBuilder<ProgramChoice> builder)
    {
        builder.ToTable("ProgramChoices");
        builder.HasKey(c => c.ObjectId);
        builder.Property(c => c.ObjectId).HasMaxLength(ColumnSizes.ObjectId);
        builder.HasOne(c => c.Program).WithMany().HasForeignKey(c => c.ProgramId).OnDelete(DeleteBehavior.Cascade);
    }
}
