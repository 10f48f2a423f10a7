using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shortlist.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ClientPortal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "BlindReview",
                table: "Positions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "IsOrganizationAdministrator",
                table: "AspNetUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "CandidateReveals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RevealedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CandidateReveals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CandidateReveals_Candidates_CandidateId",
                        column: x => x.CandidateId,
                        principalTable: "Candidates",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CandidateReveals_Organizations_OrganizationId",
                        column: x => x.OrganizationId,
                        principalTable: "Organizations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Submissions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ApplicationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PositionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CandidateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganizationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Shared = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ExplanationJson = table.Column<string>(type: "TEXT", nullable: true),
                    ResumeFileId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ResumeText = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    Feedback = table.Column<string>(type: "TEXT", nullable: false),
                    ProposedSlots = table.Column<string>(type: "TEXT", nullable: false),
                    SlotsProposedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    DeclineClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Submissions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Submissions_Applications_ApplicationId",
                        column: x => x.ApplicationId,
                        principalTable: "Applications",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CandidateReveals_CandidateId",
                table: "CandidateReveals",
                column: "CandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CandidateReveals_OrganizationId_CandidateId",
                table: "CandidateReveals",
                columns: new[] { "OrganizationId", "CandidateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ApplicationId",
                table: "Submissions",
                column: "ApplicationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_OrganizationId_PositionId",
                table: "Submissions",
                columns: new[] { "OrganizationId", "PositionId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CandidateReveals");

            migrationBuilder.DropTable(
                name: "Submissions");

            migrationBuilder.DropColumn(
                name: "BlindReview",
                table: "Positions");

            migrationBuilder.DropColumn(
                name: "IsOrganizationAdministrator",
                table: "AspNetUsers");
        }
    }
}
