using System.Text.RegularExpressions;
using ChampionBot.Data.Seeding;
using ChampionBot.Testing;

namespace ChampionBot.Tests.Data;

/// <summary>The seed files are complete, specific and consistent with the Agents Playground's people and team.</summary>
public sealed partial class SeedFileTests
{
    private static readonly string SeedDirectory = RepositoryPaths.InRoot("seeds");

    [Fact]
    public async Task ChallengeLibrary_HasAtLeastFifteenSpecificChallengesAcrossFiveRoles()
    {
        var library = await SeedFiles.ReadLibraryAsync(SeedDirectory, CancellationToken.None);

        Assert.True(library.Challenges.Count >= 15, $"{library.Challenges.Count} challenges");
        Assert.True(library.Challenges.Select(c => c.AudienceRole).Distinct().Count() >= 5);
        Assert.All(library.Challenges, challenge =>
        {
            Assert.False(string.IsNullOrWhiteSpace(challenge.Task));
            Assert.True(challenge.Steps is { Count: >= 3 } || challenge.Prompt is { Length: > 80 }, challenge.Slug);
            Assert.True(challenge.WhatGoodLooksLike.Length > 60, challenge.Slug);
            Assert.True(challenge.RescueTip.Length > 60, challenge.Slug);
            Assert.InRange(challenge.BaselineMinutes, 5, 600);
            Assert.InRange(challenge.FrequencyPerWeek, 0.1, 10);
        });
    }

    [Fact]
    public async Task DemoOrganisation_HasThirtyPeopleWithManagersAndCopilotUsage()
    {
        var demo = await SeedFiles.ReadDemoOrganisationAsync(SeedDirectory, CancellationToken.None);

        Assert.True(demo.People.Count >= 30, $"{demo.People.Count} people");
        Assert.Single(demo.People, p => p.ManagerObjectId is null);
        Assert.All(demo.People, p => Assert.False(string.IsNullOrWhiteSpace(p.JobTitle + p.Department + p.Role)));
        Assert.True(demo.People.Count(p => p.CopilotLastActivityDaysAgo?.Values.Any(days => days is not null) == true) >= 25);
    }

    [Fact]
    public async Task DemoOrganisation_MatchesThePlaygroundUsersTeamAndTenant()
    {
        var demo = await SeedFiles.ReadDemoOrganisationAsync(SeedDirectory, CancellationToken.None);
        var playground = await File.ReadAllTextAsync(RepositoryPaths.InRoot(".m365agentsplayground.yml"));

        var teamsIds = TeamsUserId().Matches(playground).Select(m => m.Groups[1].Value).ToList();
        var objectIds = AadObjectId().Matches(playground).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, objectIds.Count);
        foreach (var (teamsId, objectId) in teamsIds.Zip(objectIds))
        {
            var person = Assert.Single(demo.People, p => p.ObjectId == objectId);
            Assert.Equal(teamsId, person.TeamsUserId);
            Assert.Equal("Marketing Pilot", person.Team);
        }

        Assert.Contains($"tenantId: {demo.TenantId}", playground, StringComparison.Ordinal);
        Assert.Contains($"id: {demo.Program.PilotTeamId}", playground, StringComparison.Ordinal);
        Assert.Contains($"id: {demo.Program.PilotChannelId}", playground, StringComparison.Ordinal);
        Assert.Equal([objectIds[0]], demo.Program.OwnerObjectIds);
    }

    [GeneratedRegex(@"^\s*(?:- )?id: (user-id-\d+)\s*$", RegexOptions.Multiline)]
    private static partial Regex TeamsUserId();

    [GeneratedRegex(@"^\s*aadObjectId: (a1000000-\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex AadObjectId();
}
