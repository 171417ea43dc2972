using System.Text.Json.Serialization;

namespace ChampionBot.Graph;

/// <summary>A directory user as Graph returns it (<c>$select</c>ed fields only). <see cref="Id"/> is the Entra object id.</summary>
public sealed record GraphUser(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("displayName")] string? DisplayName,
    [property: JsonPropertyName("userPrincipalName")] string? UserPrincipalName,
    [property: JsonPropertyName("jobTitle")] string? JobTitle,
    [property: JsonPropertyName("department")] string? Department);

internal sealed record GraphReportSettings([property: JsonPropertyName("displayConcealedNames")] bool DisplayConcealedNames);

internal sealed record GraphAppInstallation([property: JsonPropertyName("teamsApp@odata.bind")] string TeamsApp);

/// <summary>What a proactive install did.</summary>
public enum AppInstallOutcome
{
    Installed,
    AlreadyInstalled,
}

[JsonSerializable(typeof(GraphUser))]
[JsonSerializable(typeof(GraphReportSettings))]
[JsonSerializable(typeof(GraphAppInstallation))]
internal sealed partial class GraphJsonContext : JsonSerializerContext;
