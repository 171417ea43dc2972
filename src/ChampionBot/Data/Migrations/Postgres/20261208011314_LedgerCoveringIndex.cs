using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LedgerCoveringIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Results_ChallengeId_SubmittedAt",
                table: "Results");

            migrationBuilder.CreateIndex(
                name: "IX_Results_Ledger",
                table: "Results",
                columns: new[] { "ChallengeId", "ParticipantId", "SubmittedAt", "UpdatedAt", "RetryReportedAt", "Worked", "RetryWorked", "MinutesBefore", "MinutesWithAi", "TimesPerWeek", "Feeling" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Results_Ledger",
                table: "Results");

            migrationBuilder.CreateIndex(
                name: "IX_Results_ChallengeId_SubmittedAt",
                table: "Results",
                columns: new[] { "ChallengeId", "SubmittedAt" });
        }
    }
}
