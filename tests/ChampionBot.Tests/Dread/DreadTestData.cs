using System.Text.Json.Nodes;
using ChampionBot.Data.Entities;
using ChampionBot.Features.Dread;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace ChampionBot.Tests.Dread;

/// <summary>Answers and demo-program data for the dread flow tests (a test class shares one database, so each test resets what it reads).</summary>
internal static class DreadTestData
{
    public const string DemoProgram = "demo-marketing-pilot";

    public static JsonObject Answer(string cardId, string text, string minutes, string frequency) => new()
    {
        [DreadCard.CardIdKey] = cardId,
        [DreadCard.TextInputId] = text,
        [DreadCard.MinutesInputId] = minutes,
        [DreadCard.FrequencyInputId] = frequency,
    };

    /// <summary>Enrols the first <paramref name="count"/> demo people (Megan first) in the demo program; the last <paramref name="optOut"/> opted out.</summary>
    public static async Task<(List<string> Enrolled, List<string> OptedOut)> EnrolDemoPeopleAsync(AppHost app, int count, int optOut)
    {
        var enrolled = new List<string>();
        var optedOut = new List<string>();
        await app.WriteAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Slug == DemoProgram);
            await db.Participants.ExecuteUpdateAsync(s => s.SetProperty(p => p.EnrolledAt, (DateTimeOffset?)null).SetProperty(p => p.OptedOutAt, (DateTimeOffset?)null));
            await db.OutboundMessages.ExecuteDeleteAsync();
            var people = await db.Participants.Where(p => p.ObjectId != TestPeople.Owner.ObjectId).OrderBy(p => p.ObjectId).Take(count).ToListAsync();
            foreach (var (person, index) in people.Select((p, i) => (p, i)))
            {
                person.ProgramId = program.Id;
                person.EnrolledAt = DateTimeOffset.UtcNow;
                person.OptedOutAt = index >= count - optOut ? DateTimeOffset.UtcNow : null;
                enrolled.Add(person.ObjectId);
                if (person.OptedOutAt is not null)
                {
                    optedOut.Add(person.ObjectId);
                }
            }
        });
        return (enrolled, optedOut);
    }

    public static async Task<List<int>> AddDreadsAsync(AppHost app, int people, string text)
    {
        var items = new List<DreadItem>();
        await app.WriteAsync(async db =>
        {
            await db.DreadItems.ExecuteDeleteAsync();
            var program = await db.Programs.SingleAsync(p => p.Slug == DemoProgram);
            var participants = await db.Participants.OrderBy(p => p.ObjectId).Take(people).ToListAsync();
            items.AddRange(participants.Select(p => new DreadItem
            {
                ParticipantId = p.Id,
                ProgramId = program.Id,
                Text = text,
                MinutesPerOccurrence = 60,
                TimesPerWeek = 1,
                Role = p.Role,
                Team = p.Team,
                CardInstanceId = Guid.NewGuid().ToString("N"),
            }));
            db.DreadItems.AddRange(items);
        });
        return [.. items.Select(i => i.Id)];
    }
}
