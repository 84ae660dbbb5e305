using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentralAsiaBri.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddSectorPillars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SectorPillars",
                columns: table => new
                {
                    CrsCode = table.Column<int>(type: "INTEGER", nullable: false),
                    CrsName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PillarId = table.Column<string>(type: "TEXT", nullable: true),
                    DimensionId = table.Column<string>(type: "TEXT", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorPillars", x => x.CrsCode);
                    table.ForeignKey(
                        name: "FK_SectorPillars_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_SectorPillars_StabilityDimensions_DimensionId",
                        column: x => x.DimensionId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "SectorPillarCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SectorPillarCrsCode = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SectorPillarCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SectorPillarCitations_SectorPillars_SectorPillarCrsCode",
                        column: x => x.SectorPillarCrsCode,
                        principalTable: "SectorPillars",
                        principalColumn: "CrsCode",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SectorPillarCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_SectorPillarCitations_SectorPillarCrsCode",
                table: "SectorPillarCitations",
                column: "SectorPillarCrsCode");

            migrationBuilder.CreateIndex(
                name: "IX_SectorPillarCitations_SourceId",
                table: "SectorPillarCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_SectorPillars_DimensionId",
                table: "SectorPillars",
                column: "DimensionId");

            migrationBuilder.CreateIndex(
                name: "IX_SectorPillars_PillarId",
                table: "SectorPillars",
                column: "PillarId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SectorPillarCitations");

            migrationBuilder.DropTable(
                name: "SectorPillars");
        }
    }
}
