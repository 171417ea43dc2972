using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutcomeLedgerPublications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutcomePublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Bucket = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Results = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkedFirstTry = table.Column<int>(type: "INTEGER", nullable: false),
                    WorkedAfterRescue = table.Column<int>(type: "INTEGER", nullable: false),
                    MinutesSavedPerWeek = table.Column<long>(type: "INTEGER", nullable: false),
                    WorkingMinutesPerWeek = table.Column<double>(type: "REAL", nullable: false),
                    MedianDaysToValue = table.Column<double>(type: "REAL", nullable: true),
                    AverageFeeling = table.Column<double>(type: "REAL", nullable: true),
                    Tried = table.Column<int>(type: "INTEGER", nullable: false),
                    Succeeded = table.Column<int>(type: "INTEGER", nullable: false),
                    Repeated = table.Column<int>(type: "INTEGER", nullable: false),
                    ResultsUpTo = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutcomePublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutcomePublications_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutcomePublications_ProgramId_Bucket",
                table: "OutcomePublications",
                columns: new[] { "ProgramId", "Bucket" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutcomePublications");
        }
    }
}
