using ChampionBot.Data.Entities;
using ChampionBot.Features.Programs;

namespace ChampionBot.Tests.Programs;

/// <summary><c>program use NAME</c>'s matching, with what people actually type: accents, curly quotes, prefixes.</summary>
public sealed class ProgramNamesTests
{
    private static readonly IReadOnlyList<ChampionProgram> Programs =
    [
        Program(1, "Caf\u00e9 pilot"),
        Program(2, "Sales pilot"),
        Program(3, "Sales pilot EMEA"),
        Program(4, "Support"),
    ];

    [Theory]
    [InlineData("Cafe\u0301 pilot", 1)] // the accent typed as a combining mark (macOS, some phone keyboards)
    [InlineData("CAF\u00c9", 1)]
    [InlineData("\u2018Support\u2019", 4)] // curly single quotes
    [InlineData("\"sales  pilot\"", 2)] // exact name wins over the longer one it starts
    [InlineData("#3", 3)]
    public void Find_WhatPeopleType_FindsTheOneProgram(string typed, int expected)
    {
        var (match, _) = ProgramNames.Find(Programs, typed);

        Assert.Equal(expected, match?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"\"")]
    [InlineData("#")]
    [InlineData("#99999999999999999999")]
    [InlineData("Marketing")]
    public void Find_NothingThatFits_FindsNoProgram(string typed)
    {
        var (match, candidates) = ProgramNames.Find(Programs, typed);

        Assert.Null(match);
        Assert.Empty(candidates);
    }

    [Fact]
    public void Find_PrefixOfTwoNames_ListsBoth()
    {
        var (match, candidates) = ProgramNames.Find(Programs, "S");

        Assert.Null(match);
        Assert.Equal([2, 3, 4], candidates.Select(p => p.Id).Order());
    }

    [Fact]
    public void HowToPick_TwoProgramsOfTheSameName_SaysToTypeTheNumber()
    {
        var (_, candidates) = ProgramNames.Find([Program(7, "Pilot"), Program(9, "pilot")], "pilot");

        Assert.Equal("Two have the same name: type **program use #** and the number, e.g. **program use #7**.", ProgramNames.HowToPick(candidates));
        Assert.Equal("Type more of the name.", ProgramNames.HowToPick([Program(1, "Pilot one"), Program(2, "Pilot two")]));
    }

    private static ChampionProgram Program(int id, string name) =>
        new() { Id = id, Name = name, BusinessOutcome = "x", TimeZoneId = "UTC", CadenceCron = "0 9 * * 1" };
}
