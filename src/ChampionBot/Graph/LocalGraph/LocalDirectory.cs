namespace ChampionBot.Graph.LocalGraph;

/// <summary>A person the local Graph stand-in serves. <see cref="CopilotDaysAgo"/>: days since last Copilot use per app (null: never).</summary>
public sealed record LocalPerson(
    string ObjectId,
    string DisplayName,
    string UserPrincipalName,
    string? JobTitle,
    string? Department,
    string? ManagerObjectId,
    IReadOnlyDictionary<string, int?>? CopilotDaysAgo);

/// <summary>The organisation the local stand-in serves, by position (for report pages) and by object id or UPN.</summary>
public interface ILocalDirectory
{
    int Count { get; }

    LocalPerson this[int index] { get; }

    LocalPerson? Find(string idOrUpn);
}

/// <summary>A directory held as a list (the demo organisation; tests).</summary>
public sealed class ListDirectory(IReadOnlyList<LocalPerson> people) : ILocalDirectory
{
    public int Count => people.Count;

    public LocalPerson this[int index] => people[index];

    public LocalPerson? Find(string idOrUpn) => people.FirstOrDefault(p =>
        string.Equals(p.ObjectId, idOrUpn, StringComparison.OrdinalIgnoreCase)
        || string.Equals(p.UserPrincipalName, idOrUpn, StringComparison.OrdinalIgnoreCase));
}
