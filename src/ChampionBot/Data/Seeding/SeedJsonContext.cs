using System.Text.Json.Serialization;

namespace ChampionBot.Data.Seeding;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true)]
[JsonSerializable(typeof(ChallengeLibraryFile))]
[JsonSerializable(typeof(DemoOrganisationFile))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
