using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shortlist.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class IndustryPlaybooks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "IndustryPlaybooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IndustryCode = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Items = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndustryPlaybooks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IndustryPlaybooks_IndustryCode",
                table: "IndustryPlaybooks",
                column: "IndustryCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IndustryPlaybooks");
        }
    }
}
