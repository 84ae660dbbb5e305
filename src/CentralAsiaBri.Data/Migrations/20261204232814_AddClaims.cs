using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentralAsiaBri.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddClaims : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Claims",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ObservationId = table.Column<string>(type: "TEXT", nullable: false),
                    Test = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    IndicatorId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    AreaId = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    PartnerIds = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Flow = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ProductGroup = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReporterIds = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    AbsentRows = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    EvidenceScope = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    TolerancePercent = table.Column<double>(type: "REAL", nullable: true),
                    Basis = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Claims_Observations_ObservationId",
                        column: x => x.ObservationId,
                        principalTable: "Observations",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ClaimCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ClaimId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ClaimCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ClaimCitations_Claims_ClaimId",
                        column: x => x.ClaimId,
                        principalTable: "Claims",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ClaimCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_ClaimCitations_ClaimId",
                table: "ClaimCitations",
                column: "ClaimId");

            migrationBuilder.CreateIndex(
                name: "IX_ClaimCitations_SourceId",
                table: "ClaimCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Claims_ObservationId",
                table: "Claims",
                column: "ObservationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ClaimCitations");

            migrationBuilder.DropTable(
                name: "Claims");
        }
    }
}
