using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentralAsiaBri.Data.Migrations
{
    /// <inheritdoc />
    public partial class ProjectSearchTextAndTradeLinesIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchText",
                table: "Projects",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorId_ProductGroup_PeriodEnd",
                table: "Observations",
                columns: new[] { "IndicatorId", "ProductGroup", "PeriodEnd" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Observations_IndicatorId_ProductGroup_PeriodEnd",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "SearchText",
                table: "Projects");
        }
    }
}
