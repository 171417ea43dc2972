using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddDreadCardInstance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DreadItems_ParticipantId",
                table: "DreadItems");

            migrationBuilder.AddColumn<string>(
                name: "CardInstanceId",
                table: "DreadItems",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_DreadItems_ParticipantId_CardInstanceId",
                table: "DreadItems",
                columns: new[] { "ParticipantId", "CardInstanceId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_DreadItems_ParticipantId_CardInstanceId",
                table: "DreadItems");

            migrationBuilder.DropColumn(
                name: "CardInstanceId",
                table: "DreadItems");

            migrationBuilder.CreateIndex(
                name: "IX_DreadItems_ParticipantId",
                table: "DreadItems",
                column: "ParticipantId");
        }
    }
}
