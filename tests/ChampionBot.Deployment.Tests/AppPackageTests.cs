using ChampionBot.Deployment.Tests.Support;

namespace ChampionBot.Deployment.Tests;

[Collection(AppPackageCollection.Name)]
public sealed class AppPackageTests(AppPackageFixture package)
{
    [Fact]
    public void Package_Built_HoldsManifestAndBothIconsAtTheZipRoot()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.Entries.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_Packaged_HasEveryPlaceholderFilled()
    {
        var text = System.Text.Encoding.UTF8.GetString(package.Entries["manifest.json"]);

        Assert.DoesNotContain("${{", text, StringComparison.Ordinal);
        Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_Packaged_CarriesTheBotIdAsBotAndAppIdAndTheDomain()
    {
        var manifest = package.Manifest;

        Assert.Equal(AppPackageFixture.BotId, (string?)manifest["id"]);
        Assert.Equal(AppPackageFixture.BotId, (string?)manifest["bots"]![0]!["botId"]);
        Assert.Equal([AppPackageFixture.Domain], manifest["validDomains"]!.AsArray().Select(domain => (string?)domain));
        Assert.StartsWith($"https://{AppPackageFixture.Domain}/", (string?)manifest["developer"]!["privacyUrl"], StringComparison.Ordinal);
    }

    [Fact]
    public void ColorIcon_Packaged_Is192PixelsSquareAndFullColour()
    {
        var icon = PngImage.Read(package.Entries["color.png"]);

        Assert.Equal((192, 192), (icon.Width, icon.Height));
        Assert.True(icon.Pixels().Distinct().Count() > 2, "The colour icon should be in full colour, not a flat fill.");
        Assert.All(icon.Pixels(), pixel => Assert.Equal(255, pixel.A));
    }

    [Fact]
    public void OutlineIcon_Packaged_Is32PixelsSquareWhiteOnTransparent()
    {
        var icon = PngImage.Read(package.Entries["outline.png"]);

        Assert.Equal((32, 32), (icon.Width, icon.Height));
        Assert.True(icon.HasAlphaChannel, "outline.png needs an alpha channel.");
        Assert.Equal(0, icon.Pixel(0, 0).A);
        Assert.Equal(0, icon.Pixel(31, 31).A);
        Assert.Contains(icon.Pixels(), pixel => pixel.A == 255);
        Assert.All(icon.Pixels().Where(pixel => pixel.A > 0), pixel => Assert.Equal((255, 255, 255), (pixel.R, pixel.G, pixel.B)));
    }

    [Fact]
    public async Task Package_BuiltAgainWithTheSameInputs_IsByteForByteIdentical()
    {
        var again = Path.Combine(package.Folder, "again", "appPackage.zip");

        var outcome = await PackagingCommand.RunAsync(
            "--bot-id", AppPackageFixture.BotId, "--domain", AppPackageFixture.Domain, "--out", again);

        Assert.True(outcome.ExitCode == 0, outcome.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(package.ZipPath), await File.ReadAllBytesAsync(again));
    }
}
