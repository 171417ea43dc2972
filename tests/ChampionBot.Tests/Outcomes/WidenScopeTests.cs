using ChampionBot.Data.Entities;
using ChampionBot.Features.Outcomes.Readiness;

namespace ChampionBot.Tests.Outcomes;

/// <summary>What <c>program widen</c> reads from what the owner typed.</summary>
public sealed class WidenScopeTests
{
    [Theory]
    [InlineData("Sales, Support", "Sales, Support", ProgramStage.Walk, false)]
    [InlineData("  Everyone ", "everyone", ProgramStage.Run, false)]
    [InlineData("anyway Sales", "Sales", ProgramStage.Walk, true)]
    [InlineData("ANYWAY all", "everyone", ProgramStage.Run, true)]
    [InlineData("[Sales](https://evil.example) **now**", "Sales(https://evil.example) now", ProgramStage.Walk, false)]
    [InlineData("Sales\u202E\u200B   Support", "Sales Support", ProgramStage.Walk, false)]
    public void Read_WhatTheOwnerTyped_GivesTheScopeStageAndConfirmation(string typed, string scope, ProgramStage stage, bool confirmed)
    {
        var read = WidenScope.Read(typed, out var problem);

        Assert.Null(problem);
        Assert.Equal(new WidenScope(scope, stage, confirmed), read);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("anyway")]
    [InlineData("anyway   ")]
    [InlineData("**")]
    public void Read_NoScope_SaysHowToGiveOne(string typed)
    {
        Assert.Null(WidenScope.Read(typed, out var problem));
        Assert.Contains("program widen everyone", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ScopeOverTheLimit_IsRefused()
    {
        Assert.Null(WidenScope.Read(new string('a', WidenScope.MaxLength + 1), out var problem));
        Assert.Contains("more than 200 characters", problem, StringComparison.Ordinal);
    }
}
