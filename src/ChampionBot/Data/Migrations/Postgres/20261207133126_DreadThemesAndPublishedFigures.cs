using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChampionBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DreadThemesAndPublishedFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DreadItems_ProgramId",
                table: "DreadItems");

            migrationBuilder.AddColumn<string>(
                name: "ThemeKey",
                table: "DreadItems",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DreadPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    Bucket = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Label = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    People = table.Column<int>(type: "integer", nullable: false),
                    MinutesPerWeek = table.Column<double>(type: "double precision", nullable: false),
                    MedianMinutes = table.Column<double>(type: "double precision", nullable: false),
                    MedianTimesPerWeek = table.Column<double>(type: "double precision", nullable: false),
                    MedianMinutesPerWeek = table.Column<double>(type: "double precision", nullable: false),
                    Roles = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Teams = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SharedRole = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Groups = table.Column<int>(type: "integer", nullable: false),
                    AnswersUpTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DreadPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DreadPublications_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DreadItems_ProgramId_ThemeKey",
                table: "DreadItems",
                columns: new[] { "ProgramId", "ThemeKey" });

            migrationBuilder.CreateIndex(
                name: "IX_DreadPublications_ProgramId_Bucket",
                table: "DreadPublications",
                columns: new[] { "ProgramId", "Bucket" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DreadPublications");

            migrationBuilder.DropIndex(
                name: "IX_DreadItems_ProgramId_ThemeKey",
                table: "DreadItems");

            migrationBuilder.DropColumn(
                name: "ThemeKey",
                table: "DreadItems");

            migrationBuilder.CreateIndex(
                name: "IX_DreadItems_ProgramId",
                table: "DreadItems",
                column: "ProgramId");
        }
    }
}
