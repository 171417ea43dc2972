using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ChampionBot.Data.Migrations.Postgres
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ProgramId = table.Column<int>(type: "integer", nullable: false),
                    Bucket = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    People = table.Column<int>(type: "integer", nullable: false),
                    Results = table.Column<int>(type: "integer", nullable: false),
                    WorkedFirstTry = table.Column<int>(type: "integer", nullable: false),
                    WorkedAfterRescue = table.Column<int>(type: "integer", nullable: false),
                    MinutesSavedPerWeek = table.Column<long>(type: "bigint", nullable: false),
                    WorkingMinutesPerWeek = table.Column<double>(type: "double precision", nullable: false),
                    MedianDaysToValue = table.Column<double>(type: "double precision", nullable: true),
                    AverageFeeling = table.Column<double>(type: "double precision", nullable: true),
                    Tried = table.Column<int>(type: "integer", nullable: false),
                    Succeeded = table.Column<int>(type: "integer", nullable: false),
                    Repeated = table.Column<int>(type: "integer", nullable: false),
                    ResultsUpTo = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
