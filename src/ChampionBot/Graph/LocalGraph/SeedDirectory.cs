using ChampionBot.Data;
using ChampionBot.Data.Seeding;
using Microsoft.Extensions.Options;

namespace ChampionBot.Graph.LocalGraph;

/// <summary>The demo organisation of <c>seeds/demo-organisation.json</c>, read once on the stand-in's first request.</summary>
internal sealed class SeedDirectory(IOptions<StorageOptions> storage) : ILocalDirectory
{
    private readonly Lazy<ListDirectory> _people = new(() => Load(storage.Value));

    public int Count => _people.Value.Count;

    public LocalPerson this[int index] => _people.Value[index];

    public LocalPerson? Find(string idOrUpn) => _people.Value.Find(idOrUpn);

    private static ListDirectory Load(StorageOptions storage)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, storage.SeedDirectory);
        var demo = SeedFiles.ReadDemoOrganisationAsync(directory, CancellationToken.None).GetAwaiter().GetResult();
        return new ListDirectory(demo.People
            .Select(p => new LocalPerson(p.ObjectId, p.DisplayName, p.UserPrincipalName, p.JobTitle, p.Department, p.ManagerObjectId, p.CopilotLastActivityDaysAgo))
            .ToList());
    }
}
