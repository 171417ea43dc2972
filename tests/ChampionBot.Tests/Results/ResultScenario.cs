using System.Text.Json.Nodes;
using ChampionBot.Data;
using ChampionBot.Data.Entities;
using ChampionBot.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.Tests.Results;

/// <summary>Posted challenges, card actions and answers for the result, reminder and privacy tests.</summary>
internal static class ResultScenario
{
    public static async Task<Challenge> PostChallengeAsync(
        ChampionBotApp app, DateTimeOffset? postedAt = null, string role = "demand-generation", ChallengeStatus status = ChallengeStatus.Posted,
        string title = "Monday status report in ten minutes")
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        var program = await db.Programs.OrderBy(p => p.Id).FirstAsync();
        var now = postedAt ?? DateTimeOffset.UtcNow;
        var challenge = new Challenge
        {
            Slug = "test-" + Guid.NewGuid().ToString("N"),
            Title = title,
            Task = "Write the weekly status report",
            AudienceRole = role,
            Steps = "Paste last week's notes into Copilot\nAsk for a five-bullet summary",
            Prompt = "Summarise these notes as five bullets for my manager",
            WhatGoodLooksLike = "Five bullets you would send as they are",
            BaselineMinutes = 60,
            FrequencyPerWeek = 1,
            RescueTip = "Paste the notes themselves, not a link: Copilot can't open the file from here.",
            Status = status,
            PostedAt = now,
            ProgramId = program.Id,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Challenges.Add(challenge);
        await db.SaveChangesAsync();

        // Megan reports in most tests: only people enrolled in a challenge's program may.
        await EnrolAsync(app, challenge, TestPeople.Megan);
        return challenge;
    }

    /// <summary>
    /// Enrolls people in the challenge's program a week before it was posted, as <c>enroll</c> does (creating those the
    /// bot has not met yet).
    /// </summary>
    public static async Task EnrolAsync(ChampionBotApp app, Challenge challenge, params TestPerson[] people)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ChampionDbContext>();
        foreach (var person in people)
        {
            var participant = await db.Participants.FirstOrDefaultAsync(p => p.ObjectId == person.ObjectId);
            if (participant is null)
            {
                participant = new Participant { ObjectId = person.ObjectId, DisplayName = person.Name, TeamsUserId = person.TeamsUserId };
                db.Participants.Add(participant);
            }

            (participant.ProgramId, participant.EnrolledAt) = (challenge.ProgramId, challenge.PostedAt!.Value.AddDays(-7));
        }

        await db.SaveChangesAsync();
    }

    public static JsonObject CardAction(string verb, JsonObject data, TestPerson? person = null)
    {
        var activity = TestActivities.Load("invoke-adaptive-card-action").From(person ?? TestPeople.Megan);
        activity["value"] = new JsonObject
        {
            ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    public static JsonObject Answers(int challengeId, string worked = "yes", string before = "60", string withAi = "15", string times = "1",
        string quality = "4", string feeling = "4", string? differently = null)
    {
        var data = new JsonObject
        {
            ["challengeId"] = challengeId,
            ["worked"] = worked,
            ["minutesBefore"] = before,
            ["minutesWithAi"] = withAi,
            ["timesPerWeek"] = times,
            ["quality"] = quality,
            ["feeling"] = feeling,
        };
        if (differently is not null)
        {
            data["differently"] = differently;
        }

        return data;
    }

    /// <summary>Posts an invoke and returns its body: {statusCode, type, value}.</summary>
    public static async Task<JsonObject> InvokeAsync(ChampionBotApp app, JsonObject activity)
    {
        using var response = await app.PostActivityAsync(activity);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
    }

    public static string CardJson(JsonObject invokeBody)
    {
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)invokeBody["type"]);
        return invokeBody["value"]!.ToJsonString();
    }

    public static async Task<T> QueryAsync<T>(ChampionBotApp app, Func<ChampionDbContext, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ChampionDbContext>());
    }

    public static Task<List<Result>> ResultsAsync(ChampionBotApp app, int challengeId) =>
        QueryAsync(app, db => db.Results.AsNoTracking().Where(r => r.ChallengeId == challengeId).ToListAsync());
}
