using ChampionBot.BotFramework.Hosting;
using ChampionBot.Data;
using ChampionBot.Delivery;
using ChampionBot.Features;
using ChampionBot.Hosting;

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

await app.RunAsync();
return 0;

public partial class Program;
