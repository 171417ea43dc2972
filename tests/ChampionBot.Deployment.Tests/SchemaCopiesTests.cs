using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ChampionBot.Testing;

namespace ChampionBot.Deployment.Tests;

/// <summary>
/// The official schemas the tests use live in tests/schemas, so a fresh clone needs nothing beside it; each must be
/// the published file exactly, as its entry in SOURCES.md (origin, licence, sha256) says.
/// </summary>
public sealed partial class SchemaCopiesTests
{
    private static readonly string Sources = File.ReadAllText(RepositoryPaths.Schema("SOURCES.md"));

    public static TheoryData<string> SchemaFiles() =>
        new(Directory.GetFiles(RepositoryPaths.InRoot("tests", "schemas"), "*.json").Select(Path.GetFileName).OfType<string>());

    [Theory]
    [InlineData("adaptive-card-1.5.json")]
    [InlineData("azure.yaml-1.0.json")]
    public void Schema_TheTestsUse_IsInTheRepository(string fileName)
    {
        Assert.True(File.Exists(RepositoryPaths.Schema(fileName)), $"tests/schemas/{fileName} is missing");
    }

    [Theory]
    [MemberData(nameof(SchemaFiles))]
    public void Schema_EachCopy_MatchesTheSourceLicenceAndSha256InSources(string fileName)
    {
        var section = SectionOf(fileName);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(RepositoryPaths.Schema(fileName))));

        Assert.Contains("Source: https://github.com/", section, StringComparison.Ordinal);
        Assert.Contains("Licence: ", section, StringComparison.Ordinal);
        Assert.Contains($"sha256 `{sha256}`", section, StringComparison.Ordinal);
    }

    private static string SectionOf(string fileName)
    {
        var match = SectionPattern().Matches(Sources).FirstOrDefault(m => m.Groups["name"].Value == fileName);
        Assert.True(match is not null, $"tests/schemas/SOURCES.md has no section \"## {fileName}\"");
        return match.Groups["body"].Value;
    }

    [GeneratedRegex(@"^## (?<name>\S+)\n(?<body>(?:(?!^## ).*\n?)*)", RegexOptions.Multiline)]
    private static partial Regex SectionPattern();
}
