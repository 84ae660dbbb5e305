using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CentralAsiaBri.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddAidDataProjectsAndRegions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Sector",
                table: "Projects",
                type: "character varying(30)",
                maxLength: 30,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30);

            migrationBuilder.AlterColumn<string>(
                name: "DimensionId",
                table: "Projects",
                type: "character varying(100)",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(100)");

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                table: "Projects",
                type: "text",
                nullable: true,
                oldClrType: typeof(string),
                oldType: "text");

            migrationBuilder.AddColumn<string>(
                name: "DatasetId",
                table: "Projects",
                type: "character varying(100)",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "DatasetRecordId",
                table: "Projects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Finance_Amount",
                table: "Projects",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Finance_CrsCode",
                table: "Projects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Finance_CrsName",
                table: "Projects",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Finance_Currency",
                table: "Projects",
                type: "character varying(10)",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Finance_DeflatedBaseYear",
                table: "Projects",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<double>(
                name: "Finance_DeflatedUsd",
                table: "Projects",
                type: "double precision",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Finance_FlowClass",
                table: "Projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Finance_FlowType",
                table: "Projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Finance_Recommended",
                table: "Projects",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Finance_SourceStatus",
                table: "Projects",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<List<string>>(
                name: "Finance_SourceUrls",
                table: "Projects",
                type: "text[]",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Finance_Umbrella",
                table: "Projects",
                type: "boolean",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Finance_YearEstimated",
                table: "Projects",
                type: "boolean",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AidDataLocations",
                columns: table => new
                {
                    AidDataId = table.Column<int>(type: "integer", nullable: false),
                    ShapeId = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    ShapeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CountryId = table.Column<string>(type: "character varying(10)", nullable: false),
                    IntersectionRatio = table.Column<double>(type: "double precision", nullable: false),
                    EvenSplitRatio = table.Column<double>(type: "double precision", nullable: false),
                    IntersectionRatioCommitmentValue = table.Column<double>(type: "double precision", nullable: true),
                    EvenSplitRatioCommitmentValue = table.Column<double>(type: "double precision", nullable: true),
                    CentroidLongitude = table.Column<double>(type: "double precision", nullable: false),
                    CentroidLatitude = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidDataLocations", x => new { x.AidDataId, x.ShapeId });
                    table.ForeignKey(
                        name: "FK_AidDataLocations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Datasets",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Licence = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    LicenceUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Terms = table.Column<string>(type: "text", nullable: false),
                    RecordUrl = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    PillarId = table.Column<string>(type: "character varying(100)", nullable: true),
                    DimensionId = table.Column<string>(type: "character varying(100)", nullable: true),
                    Placement = table.Column<string>(type: "text", nullable: false),
                    Citation = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Datasets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Datasets_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Datasets_Sources_Id",
                        column: x => x.Id,
                        principalTable: "Sources",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Datasets_StabilityDimensions_DimensionId",
                        column: x => x.DimensionId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "AidDataLocationCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AidDataLocationAidDataId = table.Column<int>(type: "integer", nullable: false),
                    AidDataLocationShapeId = table.Column<string>(type: "character varying(50)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AidDataLocationCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AidDataLocationCitations_AidDataLocations_AidDataLocationAi~",
                        columns: x => new { x.AidDataLocationAidDataId, x.AidDataLocationShapeId },
                        principalTable: "AidDataLocations",
                        principalColumns: new[] { "AidDataId", "ShapeId" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AidDataLocationCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "DatasetCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DatasetId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DatasetCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DatasetCitations_Datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "Datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DatasetCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateIndex(
                name: "IX_Projects_DatasetId_DatasetRecordId",
                table: "Projects",
                columns: new[] { "DatasetId", "DatasetRecordId" });

            migrationBuilder.CreateIndex(
                name: "IX_AidDataLocationCitations_AidDataLocationAidDataId_AidDataLo~",
                table: "AidDataLocationCitations",
                columns: new[] { "AidDataLocationAidDataId", "AidDataLocationShapeId" });

            migrationBuilder.CreateIndex(
                name: "IX_AidDataLocationCitations_SourceId",
                table: "AidDataLocationCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_AidDataLocations_CountryId",
                table: "AidDataLocations",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_AidDataLocations_ShapeId_CountryId",
                table: "AidDataLocations",
                columns: new[] { "ShapeId", "CountryId" });

            migrationBuilder.CreateIndex(
                name: "IX_DatasetCitations_DatasetId",
                table: "DatasetCitations",
                column: "DatasetId");

            migrationBuilder.CreateIndex(
                name: "IX_DatasetCitations_SourceId",
                table: "DatasetCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_DimensionId",
                table: "Datasets",
                column: "DimensionId");

            migrationBuilder.CreateIndex(
                name: "IX_Datasets_PillarId",
                table: "Datasets",
                column: "PillarId");

            migrationBuilder.AddForeignKey(
                name: "FK_Projects_Datasets_DatasetId",
                table: "Projects",
                column: "DatasetId",
                principalTable: "Datasets",
                principalColumn: "Id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Projects_Datasets_DatasetId",
                table: "Projects");

            migrationBuilder.DropTable(
                name: "AidDataLocationCitations");

            migrationBuilder.DropTable(
                name: "DatasetCitations");

            migrationBuilder.DropTable(
                name: "AidDataLocations");

            migrationBuilder.DropTable(
                name: "Datasets");

            migrationBuilder.DropIndex(
                name: "IX_Projects_DatasetId_DatasetRecordId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DatasetId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "DatasetRecordId",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_Amount",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_CrsCode",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_CrsName",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_Currency",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_DeflatedBaseYear",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_DeflatedUsd",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_FlowClass",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_FlowType",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_Recommended",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_SourceStatus",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_SourceUrls",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_Umbrella",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Finance_YearEstimated",
                table: "Projects");

            migrationBuilder.AlterColumn<string>(
                name: "Sector",
                table: "Projects",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(30)",
                oldMaxLength: 30,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "DimensionId",
                table: "Projects",
                type: "character varying(100)",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "Description",
                table: "Projects",
                type: "text",
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "text",
                oldNullable: true);
        }
    }
}
