using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Delivery;
using ChampionBot.Features;
using ChampionBot.Hosting;
using Microsoft.AspNetCore.Connections;

var builder = WebApplication.CreateBuilder(args);

builder.AddTelemetry();
builder.AddChampionData();
builder.AddDelivery();
builder.AddBotFramework(router => router.MapFeatures());
builder.AddFeatures();
builder.AddHealth();
builder.AddLocalModeNotice();

var app = builder.Build();
if (!await app.PrepareDatabaseAsync())
{
    return 1;
}

app.MapBotMessages();
app.MapHealth();
app.MapLegalPages();
app.MapGet("/", () => "ChampionBot is running. Teams talks to POST /api/messages.");

try
{
    await app.RunAsync();
}
catch (IOException ex) when (ex.InnerException is AddressInUseException)
{
    // One clear line instead of an unhandled-exception crash: the usual cause is a second copy of the bot.
    StartupLog.AddressInUse(app.Logger, ex.Message);
    return 1;
}

return 0;

public partial class Program;
