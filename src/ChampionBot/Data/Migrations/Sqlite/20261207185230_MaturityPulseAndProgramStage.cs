using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MaturityPulseAndProgramStage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Stage",
                table: "Programs",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Crawl");

            migrationBuilder.AddColumn<long>(
                name: "WidenedAt",
                table: "Programs",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WidenedTo",
                table: "Programs",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "MaturityPublications",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    People = table.Column<int>(type: "INTEGER", nullable: false),
                    Words = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    AnswersUpTo = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaturityPublications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaturityPublications_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MaturityPulses",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ProgramId = table.Column<int>(type: "INTEGER", nullable: false),
                    ParticipantId = table.Column<int>(type: "INTEGER", nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    AskedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Word = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MaturityPulses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MaturityPulses_Participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "Participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_MaturityPulses_Programs_ProgramId",
                        column: x => x.ProgramId,
                        principalTable: "Programs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_MaturityPublications_ProgramId_Round",
                table: "MaturityPublications",
                columns: new[] { "ProgramId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaturityPulses_ParticipantId_ProgramId_Round",
                table: "MaturityPulses",
                columns: new[] { "ParticipantId", "ProgramId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MaturityPulses_ProgramId_Round",
                table: "MaturityPulses",
                columns: new[] { "ProgramId", "Round" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "MaturityPublications");

            migrationBuilder.DropTable(
                name: "MaturityPulses");

            migrationBuilder.DropColumn(
                name: "Stage",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "WidenedAt",
                table: "Programs");

            migrationBuilder.DropColumn(
                name: "WidenedTo",
                table: "Programs");
        }
    }
}
