namespace ChampionBot.Data;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
