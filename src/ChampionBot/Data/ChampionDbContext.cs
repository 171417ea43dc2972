using ChampionBot.Data.Configurations;
using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data;

/// <summary>
/// The program's data. The app resolves this type to <see cref="SqliteChampionDbContext"/> or
/// <see cref="PostgresChampionDbContext"/> (each with its own migrations) from <c>Storage:Provider</c>.
/// </summary>
public abstract class ChampionDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<ChampionProgram> Programs => Set<ChampionProgram>();

    public DbSet<ProgramOwner> ProgramOwners => Set<ProgramOwner>();

    /// <summary>The program each owner of several chose with <c>program use</c>.</summary>
    public DbSet<ProgramChoice> ProgramChoices => Set<ProgramChoice>();

    public DbSet<Participant> Participants => Set<Participant>();

    public DbSet<ConversationReference> ConversationReferences => Set<ConversationReference>();

    /// <summary>Service URLs from authenticated activities, so the bot still sends its token there after a restart.</summary>
    public DbSet<TrustedServiceUrl> TrustedServiceUrls => Set<TrustedServiceUrl>();

    public DbSet<DreadItem> DreadItems => Set<DreadItem>();

    /// <summary>The dread ranking's figures as owners last saw them (Features/Dread).</summary>
    public DbSet<DreadPublication> DreadPublications => Set<DreadPublication>();

    /// <summary>The outcome ledger's figures as owners last saw them (Features/Outcomes).</summary>
    public DbSet<OutcomePublication> OutcomePublications => Set<OutcomePublication>();

    /// <summary>Single-use download links owners asked for with <c>export</c> (Features/Outcomes).</summary>
    public DbSet<OutcomeExport> OutcomeExports => Set<OutcomeExport>();

    /// <summary>The maturity pulse: who was asked which round, and the one word they gave (Features/Outcomes).</summary>
    public DbSet<MaturityPulse> MaturityPulses => Set<MaturityPulse>();

    /// <summary>The pulse's words as owners last saw them (Features/Outcomes).</summary>
    public DbSet<MaturityPublication> MaturityPublications => Set<MaturityPublication>();

    public DbSet<Challenge> Challenges => Set<Challenge>();

    public DbSet<ChallengePost> ChallengePosts => Set<ChallengePost>();

    public DbSet<Result> Results => Set<Result>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    public DbSet<ChampionEvidence> ChampionEvidence => Set<ChampionEvidence>();

    public DbSet<CopilotUsageSnapshot> CopilotUsage => Set<CopilotUsageSnapshot>();

    public DbSet<ChampionScore> ChampionScores => Set<ChampionScore>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<Champion> Champions => Set<Champion>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<OutboundMessage> OutboundMessages => Set<OutboundMessage>();

    public DbSet<MessageDelivery> Deliveries => Set<MessageDelivery>();

    /// <summary>Object ids of people who asked to be forgotten; nothing proactive may reach them until they write <c>optin</c>.</summary>
    public DbSet<DoNotContact> DoNotContactList => Set<DoNotContact>();

    public DbSet<TeamChannelName> TeamChannelNames => Set<TeamChannelName>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BumpVersions();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BumpVersions();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(
            typeof(ChampionDbContext).Assembly,
            type => type.Namespace == typeof(ColumnSizes).Namespace);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads the way owners talk ("Pending", "Posted").
        configurationBuilder.Properties<ChallengeStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<NominationStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<EvidenceKind>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<OutboundMessageKind>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<OutboundMessageStatus>().HaveConversion<string>().HaveMaxLength(16);
        configurationBuilder.Properties<DeliveryStatus>().HaveConversion<string>().HaveMaxLength(16);
    }

    /// <summary>Every tracked update of a versioned row moves its token, so the UPDATE's WHERE catches stale reads.</summary>
    private void BumpVersions()
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>())
        {
            if (entry.State == EntityState.Modified)
            {
                entry.Entity.Version = entry.Property(e => e.Version).OriginalValue + 1;
            }
        }
    }
}
