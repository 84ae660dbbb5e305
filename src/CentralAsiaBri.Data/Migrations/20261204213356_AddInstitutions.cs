using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CentralAsiaBri.Data.Migrations
{
    /// <inheritdoc />
    public partial class AddInstitutions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "InstitutionId",
                table: "Reporters",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Institutions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Side = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CountryId = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Institutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Institutions_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InstitutionCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InstitutionId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionCitations_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstitutionCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InstitutionNames",
                columns: table => new
                {
                    InstitutionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    ValidFrom = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ValidTo = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionNames", x => new { x.InstitutionId, x.Name });
                    table.ForeignKey(
                        name: "FK_InstitutionNames_Institutions_InstitutionId",
                        column: x => x.InstitutionId,
                        principalTable: "Institutions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "InstitutionNameCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SourceId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InstitutionNameInstitutionId = table.Column<string>(type: "TEXT", nullable: false),
                    InstitutionNameName = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InstitutionNameCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InstitutionNameCitations_InstitutionNames_InstitutionNameInstitutionId_InstitutionNameName",
                        columns: x => new { x.InstitutionNameInstitutionId, x.InstitutionNameName },
                        principalTable: "InstitutionNames",
                        principalColumns: new[] { "InstitutionId", "Name" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InstitutionNameCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Reporters_InstitutionId",
                table: "Reporters",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionCitations_InstitutionId",
                table: "InstitutionCitations",
                column: "InstitutionId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionCitations_SourceId",
                table: "InstitutionCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionNameCitations_InstitutionNameInstitutionId_InstitutionNameName",
                table: "InstitutionNameCitations",
                columns: new[] { "InstitutionNameInstitutionId", "InstitutionNameName" });

            migrationBuilder.CreateIndex(
                name: "IX_InstitutionNameCitations_SourceId",
                table: "InstitutionNameCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Institutions_CountryId",
                table: "Institutions",
                column: "CountryId");

            migrationBuilder.AddForeignKey(
                name: "FK_Reporters_Institutions_InstitutionId",
                table: "Reporters",
                column: "InstitutionId",
                principalTable: "Institutions",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Reporters_Institutions_InstitutionId",
                table: "Reporters");

            migrationBuilder.DropTable(
                name: "InstitutionCitations");

            migrationBuilder.DropTable(
                name: "InstitutionNameCitations");

            migrationBuilder.DropTable(
                name: "InstitutionNames");

            migrationBuilder.DropTable(
                name: "Institutions");

            migrationBuilder.DropIndex(
                name: "IX_Reporters_InstitutionId",
                table: "Reporters");

            migrationBuilder.DropColumn(
                name: "InstitutionId",
                table: "Reporters");
        }
    }
}
