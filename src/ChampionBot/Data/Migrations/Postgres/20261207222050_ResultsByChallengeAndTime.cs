using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResultsByChallengeAndTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Results_ChallengeId",
                table: "Results");

            migrationBuilder.CreateIndex(
                name: "IX_Results_ChallengeId_SubmittedAt",
                table: "Results",
                columns: new[] { "ChallengeId", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Results_ChallengeId_SubmittedAt",
                table: "Results");

            migrationBuilder.CreateIndex(
                name: "IX_Results_ChallengeId",
                table: "Results",
                column: "ChallengeId");
        }
    }
}
