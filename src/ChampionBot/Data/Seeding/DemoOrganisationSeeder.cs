using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data.Seeding;

/// <summary>Adds the demo organisation's people, their sample Copilot usage and the demo program, when missing.</summary>
internal static class DemoOrganisationSeeder
{
    public static async Task<(int People, int Usage, int Programs)> AddMissingAsync(
        ChampionDbContext db, DemoOrganisationFile demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var people = await AddPeopleAsync(db, demo, now, cancellationToken);
        var usage = await AddCopilotUsageAsync(db, demo, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        var programs = await AddProgramAsync(db, demo, now, cancellationToken);
        return (people, usage, programs);
    }

    private static async Task<int> AddPeopleAsync(ChampionDbContext db, DemoOrganisationFile demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var ids = demo.People.Select(p => p.ObjectId).ToList();
        var existing = await db.Participants.Where(p => ids.Contains(p.ObjectId)).Select(p => p.ObjectId).ToListAsync(cancellationToken);

        // A demo person who used "forget me" stays forgotten: re-seeding them would bring back their name and UPN.
        existing.AddRange(await db.DoNotContactList.ListedAmongAsync(ids, cancellationToken));
        var missing = demo.People.Where(p => !existing.Contains(p.ObjectId)).ToList();
        db.Participants.AddRange(missing.Select(person => new Participant
        {
            ObjectId = person.ObjectId,
            TenantId = demo.TenantId,
            TeamsUserId = person.TeamsUserId,
            DisplayName = person.DisplayName,
            UserPrincipalName = person.UserPrincipalName,
            JobTitle = person.JobTitle,
            Role = person.Role,
            Department = person.Department,
            ManagerObjectId = person.ManagerObjectId,
            Team = person.Team,
            TimeZoneId = person.TimeZoneId,
            CreatedAt = now,
            UpdatedAt = now,
        }));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    private static async Task<int> AddCopilotUsageAsync(ChampionDbContext db, DemoOrganisationFile demo, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = demo.People.Select(p => p.ObjectId).ToList();
        var participantIds = await db.Participants.Where(p => ids.Contains(p.ObjectId))
            .ToDictionaryAsync(p => p.ObjectId, p => p.Id, cancellationToken);
        var existing = (await db.CopilotUsage.Where(u => participantIds.Values.Contains(u.ParticipantId))
            .Select(u => new { u.ParticipantId, u.App }).ToListAsync(cancellationToken))
            .Select(u => (u.ParticipantId, u.App)).ToHashSet();

        var added = 0;
        foreach (var person in demo.People)
        {
            if (!participantIds.TryGetValue(person.ObjectId, out var participantId))
            {
                continue; // on the do-not-contact list, so not seeded
            }

            foreach (var (app, daysAgo) in person.CopilotLastActivityDaysAgo ?? new Dictionary<string, int?>())
            {
                if (existing.Contains((participantId, app)))
                {
                    continue;
                }

                db.CopilotUsage.Add(new CopilotUsageSnapshot
                {
                    ParticipantId = participantId,
                    App = app,
                    LastActivityDate = daysAgo is { } days ? today.AddDays(-days) : null,
                    ReportRefreshDate = today,
                });
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    private static async Task<int> AddProgramAsync(ChampionDbContext db, DemoOrganisationFile demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var seed = demo.Program;
        if (await db.Programs.AnyAsync(p => p.Slug == seed.Slug, cancellationToken))
        {
            return 0;
        }

        var names = demo.People.ToDictionary(p => p.ObjectId, p => p.DisplayName);
        db.Programs.Add(new ChampionProgram
        {
            Slug = seed.Slug,
            Name = seed.Name,
            BusinessOutcome = seed.BusinessOutcome,
            Kpi = seed.Kpi,
            CapacityTargetPercent = seed.CapacityTargetPercent,
            TimeZoneId = seed.TimeZoneId,
            CadenceCron = seed.CadenceCron,
            TenantId = demo.TenantId,
            PilotTeamId = seed.PilotTeamId,
            PilotChannelId = seed.PilotChannelId,
            PilotTeamName = seed.PilotTeamName,
            CreatedAt = now,
            UpdatedAt = now,
            Owners = [.. seed.OwnerObjectIds.Select(id => new ProgramOwner
            {
                ObjectId = id,
                DisplayName = names[id],
                AddedAt = now,
                AddedByObjectId = "seed",
            })],
        });
        await db.SaveChangesAsync(cancellationToken);
        return 1;
    }
}
