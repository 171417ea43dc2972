using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Identity;
using ChampionBot.BotFramework.Connector;
using ChampionBot.BotFramework.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChampionBot.BotFramework.Tests.Hosting;

/// <summary>One credential, chosen once from the Bot settings, registered in DI and used by the connector.</summary>
public sealed class BotCredentialTests
{
    private const string AppId = "11111111-2222-3333-4444-555555555555";

    [Fact]
    public void Create_ManagedIdentity_IsManagedIdentityCredential() =>
        Assert.IsType<ManagedIdentityCredential>(BotCredential.Create(new BotOptions { AppId = AppId, ManagedIdentityClientId = "mi-client" }));

    [Fact]
    public void Create_ClientSecret_IsClientSecretCredential() =>
        Assert.IsType<ClientSecretCredential>(BotCredential.Create(new BotOptions { AppId = AppId, TenantId = "contoso", ClientSecret = "s3cret" }));

    [Fact]
    public void Create_CertificatePath_IsClientCertificateCredential() =>
        Assert.IsType<ClientCertificateCredential>(BotCredential.Create(new BotOptions { AppId = AppId, CertificatePath = "/nowhere/bot.pem" }));

    [Fact]
    public void Create_CertificateWithPassword_LoadsThePfxWithThePassword()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bot-{Guid.NewGuid():N}.pfx");
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=ChampionBot test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, "pfx-password"));
        try
        {
            var options = new BotOptions { AppId = AppId, CertificatePath = path, CertificatePassword = "pfx-password" };

            Assert.IsType<ClientCertificateCredential>(BotCredential.Create(options));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Create_ManagedIdentityAndSecret_PrefersManagedIdentity() =>
        Assert.IsType<ManagedIdentityCredential>(BotCredential.Create(new BotOptions { AppId = AppId, ManagedIdentityClientId = "mi", ClientSecret = "s" }));

    [Fact]
    public void Create_Anonymous_IsNull() => Assert.Null(BotCredential.Create(new BotOptions()));

    [Fact]
    public void Create_AppIdWithoutCredential_Throws() =>
        Assert.Throws<InvalidOperationException>(() => BotCredential.Create(new BotOptions { AppId = AppId }));

    [Fact]
    public void AddBotFramework_SecretConfigured_RegistersOneCredentialTheConnectorUses()
    {
        using var app = Build(new() { ["Bot:AppId"] = AppId, ["Bot:TenantId"] = "contoso", ["Bot:ClientSecret"] = "s3cret" });

        var credential = app.Services.GetRequiredService<TokenCredential>();

        Assert.IsType<ClientSecretCredential>(credential);
        Assert.Same(credential, app.Services.GetRequiredService<TokenCredential>());
        Assert.True(app.Services.GetRequiredService<BotTokenProvider>().HasCredential);
    }

    [Fact]
    public void AddBotFramework_Anonymous_RegistersNoCredential()
    {
        using var app = Build([]);

        Assert.Null(app.Services.GetService<TokenCredential>());
        Assert.False(app.Services.GetRequiredService<BotTokenProvider>().HasCredential);
    }

    private static WebApplication Build(Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.AddBotFramework(_ => { });
        return builder.Build();
    }
}
