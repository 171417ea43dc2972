using System.Text.Json;

namespace ChampionBot.Data.Seeding;

/// <summary>Reads and checks the seed files, so a broken file fails start-up with a message that says what is wrong.</summary>
public static class SeedFiles
{
    public const string ChallengeLibrary = "challenge-library.json";
    public const string DemoOrganisation = "demo-organisation.json";

    public static async Task<ChallengeLibraryFile> ReadLibraryAsync(string directory, CancellationToken cancellationToken)
    {
        var library = await ReadAsync(Path.Combine(directory, ChallengeLibrary), SeedJsonContext.Default.ChallengeLibraryFile, cancellationToken);
        var duplicate = library.Challenges.GroupBy(c => c.Slug).FirstOrDefault(g => g.Count() > 1);
        Check(duplicate is null, $"slug '{duplicate?.Key}' appears twice in {ChallengeLibrary}");
        foreach (var challenge in library.Challenges)
        {
            Check(IsSlug(challenge.Slug), $"'{challenge.Slug}' is not a lower-case slug");
            Check(challenge.Steps is { Count: > 0 } || !string.IsNullOrWhiteSpace(challenge.Prompt), $"{challenge.Slug} has neither steps nor a prompt");
            Check(challenge.BaselineMinutes > 0 && challenge.FrequencyPerWeek > 0, $"{challenge.Slug} needs baseline minutes and a frequency");
        }

        return library;
    }

    public static async Task<DemoOrganisationFile> ReadDemoOrganisationAsync(string directory, CancellationToken cancellationToken)
    {
        var demo = await ReadAsync(Path.Combine(directory, DemoOrganisation), SeedJsonContext.Default.DemoOrganisationFile, cancellationToken);
        var ids = demo.People.Select(p => p.ObjectId).ToHashSet(StringComparer.Ordinal);
        Check(ids.Count == demo.People.Count, $"an object id appears twice in {DemoOrganisation}");
        foreach (var person in demo.People)
        {
            Check(person.ManagerObjectId is null || ids.Contains(person.ManagerObjectId), $"{person.DisplayName}'s manager is not in {DemoOrganisation}");
        }

        Check(demo.Program.OwnerObjectIds.All(ids.Contains), $"a demo program owner is not in {DemoOrganisation}");
        return demo;
    }

    private static async Task<T> ReadAsync<T>(string path, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        try
        {
            return await JsonSerializer.DeserializeAsync(stream, type, cancellationToken)
                ?? throw new InvalidDataException($"{Path.GetFileName(path)} is empty");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{Path.GetFileName(path)} is not valid: {ex.Message}", ex);
        }
    }

    private static bool IsSlug(string value) =>
        value.Length is > 0 and <= 100 && value.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');

    private static void Check(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidDataException(problem);
        }
    }
}
