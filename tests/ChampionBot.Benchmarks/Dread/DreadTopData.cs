using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Benchmarks.Dread;

/// <summary>
/// A program with many answers, shaped like real ones: most people name one of a few dozen common tasks in their own
/// words or pick one from the list, and one in fifty says something nobody else says (the long tail of small groups).
/// </summary>
internal static class DreadTopData
{
    private const int AnswersPerPerson = 3;
    private const int Batch = 5_000;

    private static readonly string[] Common =
    [
        "Monday status report", "weekly status update to my boss", "Status report for my manager",
        "Writing the weekly campaign report for leadership", "Pulling campaign numbers into the Monday update for the execs",
        "Cleaning up the lead list in Excel", "weekly lead list clean-up", "Answering RFPs", "RFP responses take forever",
        "Meeting notes after every client call", "writing up notes from client meetings", "Chasing expense receipts",
        "Month-end variance commentary", "Preparing for 1:1s with my team", "Updating the CRM before the forecast call",
        "Copy-editing blog drafts against the style guide", "Rewriting release notes for customers", "Building the board deck",
        "Booking travel for the offsite", "Triaging the shared support inbox", "Translating product sheets",
    ];

    private static readonly string[] Picks =
    [
        "weekly-lead-list-cleanup", "campaign-performance-recap", "rfp-first-draft", "monday-status-report", "one-on-one-prep",
    ];

    private static readonly string[] Words =
    [
        "vendor", "invoice", "survey", "onboarding", "badge", "contract", "webinar", "podcast", "translation", "audit",
        "roadmap", "budget", "forecast", "legal", "review", "partner", "portal", "ticket", "training", "newsletter",
    ];

    public static async Task<(int ProgramId, int People)> FillAsync(BenchmarkDatabase database, int answers)
    {
        var people = (answers + AnswersPerPerson - 1) / AnswersPerPerson;
        var now = DateTimeOffset.UtcNow;
        int programId;
        await using (var db = database.CreateContext())
        {
            var program = new ChampionProgram { Slug = "dread-benchmark", Name = "Dread benchmark", BusinessOutcome = "Benchmark", TimeZoneId = "UTC", CadenceCron = "0 9 * * MON", CreatedAt = now, UpdatedAt = now };
            db.Programs.Add(program);
            await db.SaveChangesAsync();
            programId = program.Id;
        }

        var random = new Random(14);
        var themes = new List<DreadThemeKey>();
        var keyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var first = 0; first < people; first += Batch)
        {
            await using var db = database.CreateContext();
            var batch = Enumerable.Range(first, Math.Min(Batch, people - first)).Select(i => new Participant
            {
                ObjectId = $"b0000000-0000-4000-8000-{i:000000000000}",
                DisplayName = $"Person {i}",
                Role = i % 3 == 0 ? "demand-generation" : i % 3 == 1 ? "sales" : "people-manager",
                Team = $"Team {i % 40}",
                ProgramId = programId,
                CreatedAt = now,
                UpdatedAt = now,
            }).ToList();
            db.Participants.AddRange(batch);
            await db.SaveChangesAsync();

            foreach (var person in batch)
            {
                for (var a = 0; a < AnswersPerPerson; a++)
                {
                    var (text, key) = Answer(random, themes, keyOf);
                    db.DreadItems.Add(new DreadItem
                    {
                        ParticipantId = person.Id,
                        ProgramId = programId,
                        Text = text,
                        ThemeKey = key,
                        MinutesPerOccurrence = 15 + random.Next(0, 12) * 15,
                        TimesPerWeek = new[] { 5, 2.5, 1, 0.5, 0.25 }[random.Next(0, 5)],
                        Role = person.Role,
                        Team = person.Team,
                        CardInstanceId = $"card-{a}",
                        CreatedAt = now.AddSeconds(-random.Next(0, 86_400)),
                    });
                }
            }

            await db.SaveChangesAsync();
        }

        await using (var db = database.CreateContext())
        {
            // Exactly the number asked for: the last person may have fewer answers.
            var extra = await db.DreadItems.CountAsync() - answers;
            if (extra > 0)
            {
                var ids = await db.DreadItems.OrderByDescending(d => d.Id).Select(d => d.Id).Take(extra).ToListAsync();
                await db.DreadItems.Where(d => ids.Contains(d.Id)).ExecuteDeleteAsync();
            }
        }

        return (programId, people);
    }

    private static (string Text, string Key) Answer(Random random, List<DreadThemeKey> themes, Dictionary<string, string> keyOf)
    {
        var roll = random.Next(0, 100);
        if (roll < 20)
        {
            var slug = Picks[random.Next(0, Picks.Length)];
            return (slug.Replace('-', ' '), DreadItem.PickedTheme(slug));
        }

        var text = roll < 98
            ? Common[random.Next(0, Common.Length)]
            : $"{Words[random.Next(0, Words.Length)]} {Words[random.Next(0, Words.Length)]} {Words[random.Next(0, Words.Length)]} {random.Next(0, 500)}";
        if (!keyOf.TryGetValue(text, out var key))
        {
            key = DreadThemes.ForText(text, themes);
            keyOf[text] = key;
            if (!themes.Any(t => t.Key == key))
            {
                themes.Add(DreadThemes.FromKey(key));
            }
        }

        return (text, key);
    }
}
