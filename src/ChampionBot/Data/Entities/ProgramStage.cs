namespace ChampionBot.Data.Entities;

/// <summary>
/// Crawl, walk, run: a program starts as a pilot with one team (crawl); an owner widens it to more teams or
/// departments (walk) or to everyone (run) with <c>program widen</c>, an explicit decision in the audit trail.
/// </summary>
public enum ProgramStage
{
    Crawl,
    Walk,
    Run,
}
