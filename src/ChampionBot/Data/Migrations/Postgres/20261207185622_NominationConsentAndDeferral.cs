using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ChampionBot.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NominationConsentAndDeferral : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Nominations_ParticipantId_Open",
                table: "Nominations");

            migrationBuilder.AlterColumn<string>(
                name: "ManagerObjectId",
                table: "Nominations",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "DeferredUntil",
                table: "Nominations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NominatedByObjectId",
                table: "Nominations",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ParticipantId_Open",
                table: "Nominations",
                column: "ParticipantId",
                unique: true,
                filter: "\"Status\" IN ('AwaitingConsent', 'Pending', 'Deferred')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Nominations_ParticipantId_Open",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "DeferredUntil",
                table: "Nominations");

            migrationBuilder.DropColumn(
                name: "NominatedByObjectId",
                table: "Nominations");

            migrationBuilder.AlterColumn<string>(
                name: "ManagerObjectId",
                table: "Nominations",
                type: "character varying(128)",
                maxLength: 128,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(128)",
                oldMaxLength: 128,
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Nominations_ParticipantId_Open",
                table: "Nominations",
                column: "ParticipantId",
                unique: true,
                filter: "\"Status\" = 'Pending'");
        }
    }
}
