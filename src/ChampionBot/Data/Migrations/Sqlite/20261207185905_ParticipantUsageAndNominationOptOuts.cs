using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ParticipantUsageAndNominationOptOuts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "NominationsOptedOutAt",
                table: "Participants",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "UsageLookupsOptedOutAt",
                table: "Participants",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite drops these unindexed columns in place; EF's DropColumn rebuilds the table and its rebuild leaves out
            // IX_Participants_UserPrincipalName, which breaks downgrades past ChampionScores.
            migrationBuilder.Sql("ALTER TABLE \"Participants\" DROP COLUMN \"NominationsOptedOutAt\";");
            migrationBuilder.Sql("ALTER TABLE \"Participants\" DROP COLUMN \"UsageLookupsOptedOutAt\";");
        }
    }
}
