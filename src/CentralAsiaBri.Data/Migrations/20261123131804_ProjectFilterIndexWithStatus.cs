using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentralAsiaBri.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProjectFilterIndexWithStatus : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Filter",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Filter",
                table: "Projects",
                columns: new[] { "PillarId", "Name", "StartYear", "EndYear", "Status", "Id", "Description" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Projects_Filter",
                table: "Projects");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Filter",
                table: "Projects",
                columns: new[] { "PillarId", "Name", "StartYear", "EndYear", "Id", "Description" });
        }
    }
}
