using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentralAsiaBri.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddImfDotsTrade : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Terms",
                table: "Sources",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MirrorOfId",
                table: "Reporters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Estimate",
                table: "Observations",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SourceSeries",
                table: "Observations",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SourceValue",
                table: "Observations",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Reporters_MirrorOfId",
                table: "Reporters",
                column: "MirrorOfId");

            migrationBuilder.AddForeignKey(
                name: "FK_Reporters_Reporters_MirrorOfId",
                table: "Reporters",
                column: "MirrorOfId",
                principalTable: "Reporters",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reporters_Reporters_MirrorOfId",
                table: "Reporters");

            migrationBuilder.DropIndex(
                name: "IX_Reporters_MirrorOfId",
                table: "Reporters");

            migrationBuilder.DropColumn(
                name: "Terms",
                table: "Sources");

            migrationBuilder.DropColumn(
                name: "MirrorOfId",
                table: "Reporters");

            migrationBuilder.DropColumn(
                name: "Estimate",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "SourceSeries",
                table: "Observations");

            migrationBuilder.DropColumn(
                name: "SourceValue",
                table: "Observations");
        }
    }
}
