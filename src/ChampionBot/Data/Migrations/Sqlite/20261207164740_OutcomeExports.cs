using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutcomeExports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutcomeExports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RequestedByObjectId = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UsedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomeExports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomeExports_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeExports_ExpiresAt",
                table: "OutcomeExports",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_OutcomeExports_ProgramId",
                table: "OutcomeExports",
                column: "ProgramId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutcomeExports");
        }
    }
}
