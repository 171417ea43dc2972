using ChampionBot.Benchmarks.Fanout;
using ChampionBot.Data.Entities;
using ChampionBot.Testing.Auth;

namespace ChampionBot.Benchmarks.Inbound;

/// <summary>One program, two posted challenges (one to warm up on, one measured) and N enrolled people who will all report at once.</summary>
internal static class InboundSeed
{
    public static string ObjectId(int i) => $"b0000000-0000-4000-8000-{i:D12}";

    public static async Task<(int WarmUp, int Measured)> SeedAsync(BenchmarkDatabase database, int participants)
    {
        var now = DateTimeOffset.UtcNow;
        await using var db = database.CreateContext();
        var program = new ChampionProgram
        {
            Name = "Benchmark pilot", BusinessOutcome = "Monday morning at scale", TimeZoneId = "UTC", CadenceCron = "0 9 * * MON",
            TenantId = LocalTokenIssuer.DefaultTenantId, CreatedAt = now, UpdatedAt = now,
        };
        db.Programs.Add(program);
        await db.SaveChangesAsync();
        Challenge Posted(string slug, string title) => new()
        {
            Slug = slug, Title = title, Task = "Write the weekly status report",
            AudienceRole = "demand-generation", Steps = "Paste notes\nAsk for five bullets", WhatGoodLooksLike = "Five bullets",
            BaselineMinutes = 60, FrequencyPerWeek = 1, Status = ChallengeStatus.Posted, PostedAt = now, ProgramId = program.Id,
            CreatedAt = now, UpdatedAt = now,
        };
        var warmUp = Posted("benchmark-weekly-summary", "Weekly summary");
        var measured = Posted("benchmark-status-report", "Monday status report");
        db.Challenges.AddRange(warmUp, measured);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < participants; i++)
        {
            db.Participants.Add(new Participant
            {
                ObjectId = ObjectId(i), DisplayName = $"Person {i}", TeamsUserId = $"29:bench-{i}", TenantId = LocalTokenIssuer.DefaultTenantId,
                Role = "demand-generation", ProgramId = program.Id, EnrolledAt = now, CreatedAt = now, UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync();
        return (warmUp.Id, measured.Id);
    }

    /// <summary>A Teams-shaped result.submit invoke from person <paramref name="i"/>.</summary>
    public static string Invoke(int i, int challengeId, string appId) => $$$"""
        {"name":"adaptiveCard/action","type":"invoke","id":"f:bench-{{{i}}}","channelId":"msteams",
        "serviceUrl":"{{{LocalTokenIssuer.DefaultServiceUrl}}}",
        "from":{"id":"29:bench-{{{i}}}","name":"Person {{{i}}}","aadObjectId":"{{{ObjectId(i)}}}"},
        "conversation":{"conversationType":"personal","tenantId":"{{{LocalTokenIssuer.DefaultTenantId}}}","id":"a:bench-personal-{{{i}}}"},
        "recipient":{"id":"28:{{{appId}}}","name":"ChampionBot"},
        "channelData":{"tenant":{"id":"{{{LocalTokenIssuer.DefaultTenantId}}}"}},
        "value":{"action":{"type":"Action.Execute","verb":"result.submit","data":{"challengeId":{{{challengeId}}},
        "worked":"yes","minutesBefore":"60","minutesWithAi":"{{{10 + i % 20}}}","timesPerWeek":"1","quality":"4","feeling":"4"}},"trigger":"manual"},
        "locale":"en-GB"}
        """;
}
