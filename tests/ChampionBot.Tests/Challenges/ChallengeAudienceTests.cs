using ChampionBot.Data.Entities;
using ChampionBot.Features.Challenges.Authoring;
using ChampionBot.Features.Challenges;

namespace ChampionBot.Tests.Challenges;

/// <summary>One audience rule for the 1:1 fan-out and for <c>challenge</c>: nobody is shown another role's task.</summary>
public sealed class ChallengeAudienceTests
{
    private static readonly Challenge Managers = new() { Slug = "x", Task = "t", WhatGoodLooksLike = "w", Id = 1, Title = "Team 1:1 notes", AudienceRole = "people-manager" };
    private static readonly Challenge Content = new() { Slug = "x", Task = "t", WhatGoodLooksLike = "w", Id = 2, Title = "Blog outline", AudienceRole = "content-marketing" };
    private static readonly Challenge Everyone = new() { Slug = "x", Task = "t", WhatGoodLooksLike = "w", Id = 3, Title = "Status report", AudienceRole = ChallengeForm.GeneralRole };

    [Fact]
    public void For_KnownRoleAndOnlyAnotherRolesChallenge_GivesNothing() =>
        Assert.Null(ChallengeAudience.For("content-marketing", [Managers]));

    [Fact]
    public void For_KnownRole_PrefersTheRolesChallengeThenTheGeneralOne()
    {
        Assert.Equal(Content.Id, ChallengeAudience.For("Content-Marketing", [Managers, Everyone, Content])?.Id);
        Assert.Equal(Everyone.Id, ChallengeAudience.For("content-marketing", [Managers, Everyone])?.Id);
    }

    [Fact]
    public void For_UnknownRole_GetsTheGeneralOneElseTheFirst()
    {
        Assert.Equal(Everyone.Id, ChallengeAudience.For(null, [Managers, Everyone])?.Id);
        Assert.Equal(Managers.Id, ChallengeAudience.For(" ", [Managers, Content])?.Id);
    }
}
