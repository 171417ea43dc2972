namespace ChampionBot.Data.Configurations;

/// <summary>Column lengths shared by the configurations, sized for Teams and Entra identifiers.</summary>
internal static class ColumnSizes
{
    public const int ObjectId = 128;
    public const int TeamsId = 256;
    public const int ConversationId = 512;
    public const int Url = 512;
    public const int Slug = 100;
    public const int Name = 200;
    public const int ShortText = 1000;
    public const int TimeZoneId = 100;
    public const int Cron = 100;
    public const int IdempotencyKey = 200;
}
