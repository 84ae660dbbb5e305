using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentralAsiaBri.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddGlossaryAndHeadlines : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "GlossaryTerms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Term = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Aliases = table.Column<string>(type: "TEXT", nullable: false),
                    Definition = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GlossaryTerms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Headlines",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    Label = table.Column<string>(type: "TEXT", nullable: false),
                    ObservationId = table.Column<string>(type: "TEXT", nullable: true),
                    ProjectFigureId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Headlines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Headlines_Observations_ObservationId",
                        column: x => x.ObservationId,
                        principalTable: "Observations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Headlines_ProjectFigures_ProjectFigureId",
                        column: x => x.ProjectFigureId,
                        principalTable: "ProjectFigures",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "GlossaryTermCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    GlossaryTermId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GlossaryTermCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_GlossaryTermCitations_GlossaryTerms_GlossaryTermId",
                        column: x => x.GlossaryTermId,
                        principalTable: "GlossaryTerms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_GlossaryTermCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "HeadlineCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeadlineId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_HeadlineCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_HeadlineCitations_Headlines_HeadlineId",
                        column: x => x.HeadlineId,
                        principalTable: "Headlines",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_HeadlineCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryTermCitations_GlossaryTermId",
                table: "GlossaryTermCitations",
                column: "GlossaryTermId");

            migrationBuilder.CreateIndex(
                name: "IX_GlossaryTermCitations_SourceId",
                table: "GlossaryTermCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineCitations_HeadlineId",
                table: "HeadlineCitations",
                column: "HeadlineId");

            migrationBuilder.CreateIndex(
                name: "IX_HeadlineCitations_SourceId",
                table: "HeadlineCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Headlines_ObservationId",
                table: "Headlines",
                column: "ObservationId");

            migrationBuilder.CreateIndex(
                name: "IX_Headlines_ProjectFigureId",
                table: "Headlines",
                column: "ProjectFigureId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "GlossaryTermCitations");

            migrationBuilder.DropTable(
                name: "HeadlineCitations");

            migrationBuilder.DropTable(
                name: "GlossaryTerms");

            migrationBuilder.DropTable(
                name: "Headlines");
        }
    }
}
