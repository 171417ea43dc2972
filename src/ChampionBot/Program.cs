using ChampionBot.BotFramework.Hosting;
using ChampionBot.Features;
using ChampionBot.Hosting;

var builder = WebApplication.CreateBuilder(args);

builder.AddBotFramework(router => router.MapFeatures());
builder.AddFeatures();
builder.AddLocalModeNotice();

var app = builder.Build();

app.MapBotMessages();
app.MapGet("/", () => "ChampionBot is running. Teams talks to POST /api/messages.");

app.Run();

public partial class Program;
