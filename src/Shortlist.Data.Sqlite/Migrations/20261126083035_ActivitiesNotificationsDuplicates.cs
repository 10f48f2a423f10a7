using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shortlist.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ActivitiesNotificationsDuplicates : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "Interviews",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "EarlierResumeFileIds",
                table: "Candidates",
                type: "TEXT",
                nullable: false,
                defaultValueSql: "'[]'");

            migrationBuilder.AddColumn<string>(
                name: "EmailKey",
                table: "Candidates",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "NameKey",
                table: "Candidates",
                type: "TEXT",
                maxLength: 120,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PhoneKey",
                table: "Candidates",
                type: "TEXT",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CandidateId",
                table: "Activities",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "DuplicatePairs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FirstCandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SecondCandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reasons = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DecidedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SurvivorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DuplicatePairs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "NotificationMarks",
                columns: table => new
                {
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_NotificationMarks", x => new { x.SubjectId, x.Kind });
                });

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_EmailKey",
                table: "Candidates",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_NameKey",
                table: "Candidates",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_Candidates_PhoneKey",
                table: "Candidates",
                column: "PhoneKey");

            migrationBuilder.CreateIndex(
                name: "IX_Activities_CandidateId",
                table: "Activities",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicatePairs_FirstCandidateId_SecondCandidateId",
                table: "DuplicatePairs",
                columns: new[] { "FirstCandidateId", "SecondCandidateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DuplicatePairs_MergedId",
                table: "DuplicatePairs",
                column: "MergedId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicatePairs_SecondCandidateId",
                table: "DuplicatePairs",
                column: "SecondCandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_DuplicatePairs_Status_CreatedAt",
                table: "DuplicatePairs",
                columns: new[] { "Status", "CreatedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DuplicatePairs");

            migrationBuilder.DropTable(
                name: "NotificationMarks");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_EmailKey",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_NameKey",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Candidates_PhoneKey",
                table: "Candidates");

            migrationBuilder.DropIndex(
                name: "IX_Activities_CandidateId",
                table: "Activities");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "EarlierResumeFileIds",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "EmailKey",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "NameKey",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "PhoneKey",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "CandidateId",
                table: "Activities");
        }
    }
}
