using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DreadPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bucket = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Label = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    MinutesPerWeek = table.Column<double>(type: "REAL", nullable: false),
                    MedianMinutes = table.Column<double>(type: "REAL", nullable: false),
                    MedianTimesPerWeek = table.Column<double>(type: "REAL", nullable: false),
                    MedianMinutesPerWeek = table.Column<double>(type: "REAL", nullable: false),
                    Roles = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Teams = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    SharedRole = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Groups = table.Column<int>(type: "INTEGER", nullable: false),
                    AnswersUpTo = table.Column<long>(type: "INTEGER", nullable: false)
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
