using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Delivery;
using ChampionBot.Features;
using ChampionBot.Features.Outcomes;
using ChampionBot.Features.Outcomes.Export;
using ChampionBot.Graph;
using ChampionBot.Hosting;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

builder.AddTelemetry();
builder.AddChampionData();
builder.AddDelivery();
builder.AddGraph();
builder.AddBotFramework(router => router.MapFeatures());
builder.AddFeatures();
builder.AddHealth();
builder.AddLocalModeNotice();
builder.AddTurnFailureReply();

var app = builder.Build();
try
{
    // Mapping reads the Bot settings, so a refused setting stops the app before the database is touched.
    app.MapBotMessages();
    app.MapHealth();
    app.MapLegalPages();
    app.MapLocalGraph();
    app.MapOutcomeExports();
    app.MapGet("/", () => "ChampionBot is running. Teams talks to POST /api/messages.");
    if (!await app.PrepareDatabaseAsync())
    {
        return 1;
    }

    await app.RunAsync();
}
catch (OptionsValidationException ex)
{
    // A refused setting (anonymous mode outside Development, an app id without a credential...) is one line, not a crash.
    StartupLog.InvalidSettings(app.Logger, string.Join(" ", ex.Failures));
    return 1;
}
catch (IOException ex) when (ex.InnerException is AddressInUseException)
{
    // One clear line instead of an unhandled-exception crash: the usual cause is a second copy of the bot.
    StartupLog.AddressInUse(app.Logger, ex.Message);
    return 1;
}

return 0;

public partial class Program;
