using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shortlist.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class SearchRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<Guid>(
                name: "OrganizationId",
                table: "SearchRequests",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<bool>(
                name: "Confidential",
                table: "SearchRequests",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "DeclineReason",
                table: "SearchRequests",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "JobDescriptionFileId",
                table: "SearchRequests",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "MinimumYears",
                table: "SearchRequests",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MustHaveCodes",
                table: "SearchRequests",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "NiceToHaveCodes",
                table: "SearchRequests",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "RequesterEmail",
                table: "SearchRequests",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequesterName",
                table: "SearchRequests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RequesterOrganization",
                table: "SearchRequests",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RoleFamily",
                table: "SearchRequests",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SuggestedRequirements",
                table: "SearchRequests",
                type: "text",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateOnly>(
                name: "TargetShortlistDate",
                table: "SearchRequests",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VerificationExpiresAt",
                table: "SearchRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "VerificationTokenHash",
                table: "SearchRequests",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "VerifiedAt",
                table: "SearchRequests",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_SearchRequests_VerificationTokenHash",
                table: "SearchRequests",
                column: "VerificationTokenHash");

            migrationBuilder.CreateIndex(
                name: "IX_SearchRequests_VerifiedAt_CreatedAt",
                table: "SearchRequests",
                columns: new[] { "VerifiedAt", "CreatedAt" });

            // Requests stored before e-mail verification existed came from signed-in hiring managers: they count as verified.
            migrationBuilder.Sql("UPDATE \"SearchRequests\" SET \"VerifiedAt\" = \"CreatedAt\" WHERE \"VerifiedAt\" IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_SearchRequests_VerificationTokenHash",
                table: "SearchRequests");

            migrationBuilder.DropIndex(
                name: "IX_SearchRequests_VerifiedAt_CreatedAt",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "Confidential",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "DeclineReason",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "JobDescriptionFileId",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "MinimumYears",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "MustHaveCodes",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "NiceToHaveCodes",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "RequesterEmail",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "RequesterName",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "RequesterOrganization",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "RoleFamily",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "SuggestedRequirements",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "TargetShortlistDate",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "VerificationExpiresAt",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "VerificationTokenHash",
                table: "SearchRequests");

            migrationBuilder.DropColumn(
                name: "VerifiedAt",
                table: "SearchRequests");

            migrationBuilder.AlterColumn<Guid>(
                name: "OrganizationId",
                table: "SearchRequests",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);
        }
    }
}
