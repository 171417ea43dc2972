using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChallengePostFanOutMarker : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "IdempotencyKey",
                table: "OutboundMessages",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ChallengeIds",
                table: "ChallengePosts",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FanOutLeaseUntil",
                table: "ChallengePosts",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "FannedOutAt",
                table: "ChallengePosts",
                type: "INTEGER",
                nullable: true);

            // Posts made before this migration fanned out in the request that claimed them (or were lost): never resend them.
            migrationBuilder.Sql("UPDATE \"ChallengePosts\" SET \"FannedOutAt\" = \"CreatedAt\" WHERE \"FannedOutAt\" IS NULL;");

            migrationBuilder.CreateIndex(
                name: "IX_OutboundMessages_IdempotencyKey",
                table: "OutboundMessages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChallengePosts_FannedOutAt",
                table: "ChallengePosts",
                column: "FannedOutAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_OutboundMessages_IdempotencyKey",
                table: "OutboundMessages");

            migrationBuilder.DropIndex(
                name: "IX_ChallengePosts_FannedOutAt",
                table: "ChallengePosts");

            migrationBuilder.DropColumn(
                name: "IdempotencyKey",
                table: "OutboundMessages");

            migrationBuilder.DropColumn(
                name: "ChallengeIds",
                table: "ChallengePosts");

            migrationBuilder.DropColumn(
                name: "FanOutLeaseUntil",
                table: "ChallengePosts");

            migrationBuilder.DropColumn(
                name: "FannedOutAt",
                table: "ChallengePosts");
        }
    }
}
