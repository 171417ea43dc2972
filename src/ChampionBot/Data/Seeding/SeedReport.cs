namespace ChampionBot.Data.Seeding;

/// <summary>What one seeding run added; a second run over the same files reports zeros.</summary>
public sealed record SeedReport(int ChallengesAdded, int PeopleAdded, int CopilotUsageAdded, int ProgramsAdded)
{
    public int DreadAnswersAdded { get; init; }

    public int ResultsAdded { get; init; }

    public static readonly SeedReport Nothing = new(0, 0, 0, 0);

    public int Total => ChallengesAdded + PeopleAdded + CopilotUsageAdded + ProgramsAdded + DreadAnswersAdded + ResultsAdded;
}
