using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChampionBot.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<int>(type: "integer", nullable: false),
                    ProgramId = table.Column<int>(type: "integer", nullable: true),
                    Points = table.Column<double>(type: "double precision", nullable: false),
                    LinesJson = table.Column<string>(type: "text", nullable: false),
                    IncludesCopilotUsage = table.Column<bool>(type: "boolean", nullable: false),
                    ComputedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
