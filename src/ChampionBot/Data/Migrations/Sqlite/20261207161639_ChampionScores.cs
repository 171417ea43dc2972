using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ChampionScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ChampionScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: true),
                    Points = table.Column<double>(type: "REAL", nullable: false),
                    LinesJson = table.Column<string>(type: "TEXT", nullable: false),
                    IncludesCopilotUsage = table.Column<bool>(type: "INTEGER", nullable: false),
                    ComputedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChampionScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChampionScores_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChampionScores_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Participants_UserPrincipalName",
                table: "Participants",
                column: "UserPrincipalName");

            migrationBuilder.CreateIndex(
                name: "IX_ChampionScores_ParticipantId",
                table: "ChampionScores",
                column: "ParticipantId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ChampionScores_ProgramId_Points",
                table: "ChampionScores",
                columns: new[] { "ProgramId", "Points" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChampionScores");

            migrationBuilder.DropIndex(
                name: "IX_Participants_UserPrincipalName",
                table: "Participants");
        }
    }
}
