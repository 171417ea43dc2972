using ChampionBot.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Data.Seeding;

/// <summary>Adds the demo organisation's people, their sample Copilot usage, the demo program, its dread answers and past results, when missing.</summary>
internal static class DemoOrganisationSeeder
{
    /// <summary>The card id of a seeded dread answer: one per person, so seeding again adds nothing.</summary>
    public const string SeededDreadCard = "demo-seed";

    public static async Task<(int People, int Usage, int Programs, int DreadAnswers, int Results)> AddMissingAsync(
        ChampionDbContext db, DemoOrganisationFile demo, bool includeResults, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var people = await AddPeopleAsync(db, demo, now, cancellationToken);
        var usage = await AddCopilotUsageAsync(db, demo, DateOnly.FromDateTime(now.UtcDateTime), cancellationToken);
        var programs = await AddProgramAsync(db, demo, now, cancellationToken);
        var dread = await AddDreadAnswersAsync(db, demo, now, cancellationToken);
        var results = includeResults ? await DemoResultsSeeder.AddMissingAsync(db, demo, now, cancellationToken) : 0;
        return (people, usage, programs, dread, results);
    }

    /// <summary>The demo program's dread answers, so <c>dread top</c> shows groups out of the box; a picked task keeps its theme key.</summary>
    private static async Task<int> AddDreadAnswersAsync(ChampionDbContext db, DemoOrganisationFile demo, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var answers = demo.DreadAnswers ?? [];
        var programId = await db.Programs.Where(p => p.Slug == demo.Program.Slug).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
        if (answers.Count == 0 || programId is null)
        {
            return 0;
        }

        var ids = answers.Select(a => a.ObjectId).ToList();
        var people = await db.Participants.Where(p => ids.Contains(p.ObjectId)).ToDictionaryAsync(p => p.ObjectId, cancellationToken);
        var answered = await db.DreadItems.Where(d => d.CardInstanceId == SeededDreadCard).Select(d => d.ParticipantId).ToListAsync(cancellationToken);
        var added = 0;
        foreach (var answer in answers)
        {
            if (!people.TryGetValue(answer.ObjectId, out var person) || answered.Contains(person.Id))
            {
                continue; // forgotten (on the do-not-contact list), or seeded before
            }

            db.DreadItems.Add(new DreadItem
            {
                ParticipantId = person.Id,
                ProgramId = programId,
                Text = answer.Text,
                ThemeKey = answer.Task is { } slug ? DreadItem.PickedTheme(slug) : null,
                MinutesPerOccurrence = answer.Minutes,
                TimesPerWeek = answer.TimesPerWeek,
                Role = person.Role,
                Team = person.Team,
                CardInstanceId = SeededDreadCard,
                CreatedAt = now,
            });
            added++;
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
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
