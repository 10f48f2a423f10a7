using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shortlist.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class CandidateEducationAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CorrectedFields",
                table: "Candidates",
                type: "text",
                nullable: false,
                defaultValue: "[]"); // existing candidates have none

            migrationBuilder.AddColumn<string>(
                name: "Education",
                table: "Candidates",
                type: "text",
                nullable: false,
                defaultValue: "[]"); // existing candidates have none
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CorrectedFields",
                table: "Candidates");

            migrationBuilder.DropColumn(
                name: "Education",
                table: "Candidates");
        }
    }
}
