using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using ChampionBot.Deployment.Tests.Support;
using ChampionBot.Testing;

namespace ChampionBot.Deployment.Tests;

public sealed class InfrastructureTemplateTests(CompiledTemplateFixture compiled) : IClassFixture<CompiledTemplateFixture>
{
    [Fact]
    public void AzureBot_UsesTheUserAssignedManagedIdentityAndTheAppEndpoint()
    {
        var properties = compiled.Resource("Microsoft.BotService/botServices")["properties"]!;

        Assert.Equal("UserAssignedMSI", (string?)properties["msaAppType"]);
        Assert.Contains("msaAppMSIResourceId", properties.AsObject().Select(pair => pair.Key));
        Assert.Contains("msaAppTenantId", properties.AsObject().Select(pair => pair.Key));
        Assert.Contains("/api/messages", compiled.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AzureBot_HasTheTeamsChannelEnabled()
    {
        var channel = compiled.Resource("Microsoft.BotService/botServices/channels");

        Assert.Equal("MsTeamsChannel", (string?)channel["properties"]!["channelName"]);
        Assert.True((bool)channel["properties"]!["properties"]!["isEnabled"]!);
    }

    [Fact]
    public void WebApp_RunsDotnet10OnLinuxLockedDownWithTheReadinessHealthCheck()
    {
        var site = compiled.Resource("Microsoft.Web/sites");
        var config = site["properties"]!["siteConfig"]!;

        Assert.Equal("app,linux", (string?)site["kind"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.True((bool)site["properties"]!["httpsOnly"]!);
        Assert.Equal("DOTNETCORE|10.0", (string?)config["linuxFxVersion"]);
        Assert.Equal("Disabled", (string?)config["ftpsState"]);
        Assert.Equal("1.2", (string?)config["minTlsVersion"]);
        Assert.Equal("/health/ready", (string?)config["healthCheckPath"]);
    }

    [Theory]
    [InlineData("Bot__AppId")]
    [InlineData("Bot__TenantId")]
    [InlineData("Bot__ManagedIdentityClientId")]
    [InlineData("Storage__Provider")]
    [InlineData("ConnectionStrings__ChampionBot")]
    [InlineData("APPLICATIONINSIGHTS_CONNECTION_STRING")]
    [InlineData("ASPNETCORE_ENVIRONMENT")]
    [InlineData("Outcomes__ExportSigningKey")]
    public void WebApp_Settings_IncludeWhatTheAppReads(string setting)
    {
        Assert.Contains(setting, AppSettingNames());
    }

    [Fact]
    public void WebApp_ConnectionString_UsesEntraAuthenticationWithoutAPassword()
    {
        var connectionString = Regex.Match(compiled.Text, "\"connectionString\": \"([^\"]+)\"").Groups[1].Value;

        Assert.Contains("Ssl Mode=Require", connectionString, StringComparison.Ordinal);
        Assert.DoesNotContain("Password", connectionString, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void PostgreSql_AcceptsOnlyEntraSignInsAndHasTheBotDatabase()
    {
        var server = compiled.Resource("Microsoft.DBforPostgreSQL/flexibleServers");
        var auth = server["properties"]!["authConfig"]!;
        var administrators = compiled.Resources.Where(r => (string?)r["type"] == "Microsoft.DBforPostgreSQL/flexibleServers/administrators");

        Assert.Equal("Enabled", (string?)auth["activeDirectoryAuth"]);
        Assert.Equal("Disabled", (string?)auth["passwordAuth"]);
        Assert.Null(server["properties"]!["administratorLoginPassword"]);
        Assert.Contains(administrators, admin => (string?)admin["properties"]!["principalType"] == "ServicePrincipal");
        Assert.NotNull(compiled.Resource("Microsoft.DBforPostgreSQL/flexibleServers/databases"));
        Assert.Contains("\"defaultValue\": \"championbot\"", compiled.Text, StringComparison.Ordinal);
        Assert.Equal("0.0.0.0", (string?)compiled.Resource("Microsoft.DBforPostgreSQL/flexibleServers/firewallRules")["properties"]!["startIpAddress"]);
    }

    [Fact]
    public void Monitoring_ApplicationInsightsSendsToLogAnalytics()
    {
        Assert.Equal("web", (string?)compiled.Resource("Microsoft.Insights/components")["kind"]);
        Assert.NotNull(compiled.Resource("Microsoft.OperationalInsights/workspaces"));
    }

    [Theory]
    [InlineData("AZURE_LOCATION")]
    [InlineData("AZURE_TENANT_ID")]
    [InlineData("AZURE_RESOURCE_GROUP")]
    [InlineData("SERVICE_BOT_NAME")]
    [InlineData("BOT_ID")]
    [InlineData("BOT_DOMAIN")]
    [InlineData("BOT_IDENTITY_PRINCIPAL_ID")]
    public void Outputs_IncludeWhatAzdAndThePackagingHookNeed(string name)
    {
        Assert.True(compiled.Template["outputs"]!.AsObject().ContainsKey(name), $"main.bicep should output {name}.");
    }

    [Fact]
    public void ParametersFile_CoversEveryTemplateParameterWithAzdVariables()
    {
        var parameters = JsonNode.Parse(File.ReadAllText(RepositoryPaths.InRoot("infra", "main.parameters.json")))!["parameters"]!.AsObject();
        var declared = compiled.Template["parameters"]!.AsObject().Select(pair => pair.Key).Order(StringComparer.Ordinal);

        Assert.Equal(declared, parameters.Select(pair => pair.Key).Order(StringComparer.Ordinal));
        Assert.Equal("${AZURE_ENV_NAME}", (string?)parameters["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)parameters["location"]!["value"]);
        Assert.Equal("${AZURE_PRINCIPAL_ID}", (string?)parameters["principalId"]!["value"]);
    }

    // Bicep inlines the settings list into the appSettings expression as createObject('name', ..., 'value', ...).
    private IReadOnlyList<string> AppSettingNames() =>
        Regex.Matches((string)compiled.Resource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["appSettings"]!, "createObject\\('name', '([A-Za-z_]+)'")
            .Select(match => match.Groups[1].Value)
            .ToList();
}
