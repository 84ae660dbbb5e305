using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CentralAsiaBri.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Challenges",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Challenges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Countries",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ParentId = table.Column<string>(type: "character varying(10)", nullable: true),
                    IsFocus = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Countries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Countries_Countries_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Countries",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "DataFiles",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataFiles", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "GlossaryTerms",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Term = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Aliases = table.Column<List<string>>(type: "text[]", nullable: false),
                    Definition = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GlossaryTerms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ImportRecords",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ImportedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ErrorCount = table.Column<int>(type: "integer", nullable: false),
                    Report = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportRecords", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Recommendations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Recommendations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SeedStates",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    SeededAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RowCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SeedStates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Authors = table.Column<List<string>>(type: "text[]", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Publisher = table.Column<string>(type: "text", nullable: true),
                    Published = table.Column<string>(type: "text", nullable: true),
                    Doi = table.Column<string>(type: "text", nullable: true),
                    Url = table.Column<string>(type: "text", nullable: true),
                    CitedInId = table.Column<string>(type: "character varying(100)", nullable: true),
                    ReferenceNumber = table.Column<int>(type: "integer", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sources_Sources_CitedInId",
                        column: x => x.CitedInId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "StabilityDimensions",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StabilityDimensions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Units",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Symbol = table.Column<string>(type: "text", nullable: false),
                    Quantity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    Scale = table.Column<double>(type: "double precision", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Units", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CountryId = table.Column<string>(type: "character varying(10)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Organisations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Reporters",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CountryId = table.Column<string>(type: "character varying(10)", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reporters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reporters_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ImportedFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RowsAdded = table.Column<int>(type: "integer", nullable: false),
                    RowsChanged = table.Column<int>(type: "integer", nullable: false),
                    RowsRemoved = table.Column<int>(type: "integer", nullable: false),
                    ImportRecordId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ImportedFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ImportedFiles_ImportRecords_ImportRecordId",
                        column: x => x.ImportRecordId,
                        principalTable: "ImportRecords",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RecommendationChallenges",
                columns: table => new
                {
                    ChallengesId = table.Column<string>(type: "character varying(100)", nullable: false),
                    RecommendationId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationChallenges", x => new { x.ChallengesId, x.RecommendationId });
                    table.ForeignKey(
                        name: "FK_RecommendationChallenges_Challenges_ChallengesId",
                        column: x => x.ChallengesId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationChallenges_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChallengeCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ChallengeId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChallengeCitations_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChallengeCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "CountryCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CountryId = table.Column<string>(type: "character varying(10)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CountryCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CountryCitations_Countries_CountryId",
                        column: x => x.CountryId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CountryCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "GlossaryTermCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    GlossaryTermId = table.Column<string>(type: "character varying(100)", nullable: false)
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
                name: "RecommendationCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecommendationId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecommendationCitations_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChallengeDimensions",
                columns: table => new
                {
                    ChallengeId = table.Column<string>(type: "character varying(100)", nullable: false),
                    DimensionsId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengeDimensions", x => new { x.ChallengeId, x.DimensionsId });
                    table.ForeignKey(
                        name: "FK_ChallengeDimensions_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChallengeDimensions_StabilityDimensions_DimensionsId",
                        column: x => x.DimensionsId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Pillars",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DimensionId = table.Column<string>(type: "character varying(100)", nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Pillars", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Pillars_StabilityDimensions_DimensionId",
                        column: x => x.DimensionId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RecommendationDimensions",
                columns: table => new
                {
                    DimensionsId = table.Column<string>(type: "character varying(100)", nullable: false),
                    RecommendationId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationDimensions", x => new { x.DimensionsId, x.RecommendationId });
                    table.ForeignKey(
                        name: "FK_RecommendationDimensions_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationDimensions_StabilityDimensions_DimensionsId",
                        column: x => x.DimensionsId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StabilityDimensionCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StabilityDimensionId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StabilityDimensionCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StabilityDimensionCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_StabilityDimensionCitations_StabilityDimensions_StabilityDi~",
                        column: x => x.StabilityDimensionId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OrganisationCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    OrganisationId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrganisationCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OrganisationCitations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_OrganisationCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ReporterCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ReporterId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReporterCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReporterCitations_Reporters_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "Reporters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReporterCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ChallengePillars",
                columns: table => new
                {
                    ChallengeId = table.Column<string>(type: "character varying(100)", nullable: false),
                    PillarsId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChallengePillars", x => new { x.ChallengeId, x.PillarsId });
                    table.ForeignKey(
                        name: "FK_ChallengePillars_Challenges_ChallengeId",
                        column: x => x.ChallengeId,
                        principalTable: "Challenges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ChallengePillars_Pillars_PillarsId",
                        column: x => x.PillarsId,
                        principalTable: "Pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Events",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DateQualifier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    EndDate = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PillarId = table.Column<string>(type: "character varying(100)", nullable: true),
                    DimensionId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Events_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Events_StabilityDimensions_DimensionId",
                        column: x => x.DimensionId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    PillarId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Quantity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Indicators_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "PillarCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PillarId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PillarCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PillarCitations_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PillarCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PillarId = table.Column<string>(type: "character varying(100)", nullable: true),
                    DimensionId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Sector = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StartYear = table.Column<int>(type: "integer", nullable: true),
                    EndYear = table.Column<int>(type: "integer", nullable: true),
                    Location = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_Pillars_PillarId",
                        column: x => x.PillarId,
                        principalTable: "Pillars",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Projects_StabilityDimensions_DimensionId",
                        column: x => x.DimensionId,
                        principalTable: "StabilityDimensions",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "RecommendationPillars",
                columns: table => new
                {
                    PillarsId = table.Column<string>(type: "character varying(100)", nullable: false),
                    RecommendationId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecommendationPillars", x => new { x.PillarsId, x.RecommendationId });
                    table.ForeignKey(
                        name: "FK_RecommendationPillars_Pillars_PillarsId",
                        column: x => x.PillarsId,
                        principalTable: "Pillars",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RecommendationPillars_Recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "Recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EventCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TimelineEventId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EventCitations_Events_TimelineEventId",
                        column: x => x.TimelineEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EventCountries",
                columns: table => new
                {
                    CountriesId = table.Column<string>(type: "character varying(10)", nullable: false),
                    TimelineEventId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventCountries", x => new { x.CountriesId, x.TimelineEventId });
                    table.ForeignKey(
                        name: "FK_EventCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventCountries_Events_TimelineEventId",
                        column: x => x.TimelineEventId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IndicatorCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IndicatorId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IndicatorCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_IndicatorCitations_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IndicatorCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Observations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IndicatorId = table.Column<string>(type: "character varying(100)", nullable: false),
                    AreaId = table.Column<string>(type: "character varying(10)", nullable: false),
                    PartnerId = table.Column<string>(type: "character varying(10)", nullable: true),
                    Flow = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ProductGroup = table.Column<string>(type: "text", nullable: true),
                    Period = table.Column<string>(type: "text", nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Qualifier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(50)", nullable: false),
                    ReporterId = table.Column<string>(type: "character varying(100)", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Observations_Countries_AreaId",
                        column: x => x.AreaId,
                        principalTable: "Countries",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Observations_Countries_PartnerId",
                        column: x => x.PartnerId,
                        principalTable: "Countries",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Observations_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Observations_Reporters_ReporterId",
                        column: x => x.ReporterId,
                        principalTable: "Reporters",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_Observations_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "EventProjects",
                columns: table => new
                {
                    EventsId = table.Column<string>(type: "character varying(100)", nullable: false),
                    ProjectsId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EventProjects", x => new { x.EventsId, x.ProjectsId });
                    table.ForeignKey(
                        name: "FK_EventProjects_Events_EventsId",
                        column: x => x.EventsId,
                        principalTable: "Events",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EventProjects_Projects_ProjectsId",
                        column: x => x.ProjectsId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProjectId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectCitations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ProjectCountries",
                columns: table => new
                {
                    CountriesId = table.Column<string>(type: "character varying(10)", nullable: false),
                    ProjectId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectCountries", x => new { x.CountriesId, x.ProjectId });
                    table.ForeignKey(
                        name: "FK_ProjectCountries_Countries_CountriesId",
                        column: x => x.CountriesId,
                        principalTable: "Countries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectCountries_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ProjectFigures",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ProjectId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Measure = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Qualifier = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Value = table.Column<double>(type: "double precision", nullable: false),
                    UnitId = table.Column<string>(type: "character varying(50)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFigures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectFigures_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectFigures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ProjectOrganisations",
                columns: table => new
                {
                    ProjectId = table.Column<string>(type: "character varying(100)", nullable: false),
                    OrganisationId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectOrganisations", x => new { x.ProjectId, x.OrganisationId, x.Role });
                    table.ForeignKey(
                        name: "FK_ProjectOrganisations_Organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id");
                    table.ForeignKey(
                        name: "FK_ProjectOrganisations_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObservationCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ObservationId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObservationCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObservationCitations_Observations_ObservationId",
                        column: x => x.ObservationId,
                        principalTable: "Observations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ObservationCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "Headlines",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "text", nullable: false),
                    ObservationId = table.Column<string>(type: "character varying(100)", nullable: true),
                    ProjectFigureId = table.Column<string>(type: "character varying(100)", nullable: true)
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
                name: "ProjectFigureCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProjectFigureId = table.Column<string>(type: "character varying(100)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectFigureCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectFigureCitations_ProjectFigures_ProjectFigureId",
                        column: x => x.ProjectFigureId,
                        principalTable: "ProjectFigures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectFigureCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "ProjectOrganisationCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ProjectOrganisationOrganisationId = table.Column<string>(type: "character varying(100)", nullable: false),
                    ProjectOrganisationProjectId = table.Column<string>(type: "character varying(100)", nullable: false),
                    ProjectOrganisationRole = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProjectOrganisationCitations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ProjectOrganisationCitations_ProjectOrganisations_ProjectOr~",
                        columns: x => new { x.ProjectOrganisationProjectId, x.ProjectOrganisationOrganisationId, x.ProjectOrganisationRole },
                        principalTable: "ProjectOrganisations",
                        principalColumns: new[] { "ProjectId", "OrganisationId", "Role" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ProjectOrganisationCitations_Sources_SourceId",
                        column: x => x.SourceId,
                        principalTable: "Sources",
                        principalColumn: "Id");
                });

            migrationBuilder.CreateTable(
                name: "HeadlineCitations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SourceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HeadlineId = table.Column<string>(type: "character varying(100)", nullable: false)
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
                name: "IX_ChallengeCitations_ChallengeId",
                table: "ChallengeCitations",
                column: "ChallengeId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeCitations_SourceId",
                table: "ChallengeCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengeDimensions_DimensionsId",
                table: "ChallengeDimensions",
                column: "DimensionsId");

            migrationBuilder.CreateIndex(
                name: "IX_ChallengePillars_PillarsId",
                table: "ChallengePillars",
                column: "PillarsId");

            migrationBuilder.CreateIndex(
                name: "IX_Countries_ParentId",
                table: "Countries",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_CountryCitations_CountryId",
                table: "CountryCitations",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_CountryCitations_SourceId",
                table: "CountryCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_EventCitations_SourceId",
                table: "EventCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_EventCitations_TimelineEventId",
                table: "EventCitations",
                column: "TimelineEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventCountries_TimelineEventId",
                table: "EventCountries",
                column: "TimelineEventId");

            migrationBuilder.CreateIndex(
                name: "IX_EventProjects_ProjectsId",
                table: "EventProjects",
                column: "ProjectsId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_Date",
                table: "Events",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Events_DimensionId",
                table: "Events",
                column: "DimensionId");

            migrationBuilder.CreateIndex(
                name: "IX_Events_PillarId",
                table: "Events",
                column: "PillarId");

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

            migrationBuilder.CreateIndex(
                name: "IX_ImportedFiles_ImportRecordId",
                table: "ImportedFiles",
                column: "ImportRecordId");

            migrationBuilder.CreateIndex(
                name: "IX_ImportRecords_ImportedAtUtc",
                table: "ImportRecords",
                column: "ImportedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorCitations_IndicatorId",
                table: "IndicatorCitations",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_IndicatorCitations_SourceId",
                table: "IndicatorCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_PillarId",
                table: "Indicators",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservationCitations_ObservationId",
                table: "ObservationCitations",
                column: "ObservationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObservationCitations_SourceId",
                table: "ObservationCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_AreaId",
                table: "Observations",
                column: "AreaId");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_IndicatorId_PeriodEnd",
                table: "Observations",
                columns: new[] { "IndicatorId", "PeriodEnd" });

            migrationBuilder.CreateIndex(
                name: "IX_Observations_PartnerId",
                table: "Observations",
                column: "PartnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_ReporterId",
                table: "Observations",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_Observations_UnitId",
                table: "Observations",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationCitations_OrganisationId",
                table: "OrganisationCitations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_OrganisationCitations_SourceId",
                table: "OrganisationCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Organisations_CountryId",
                table: "Organisations",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_PillarCitations_PillarId",
                table: "PillarCitations",
                column: "PillarId");

            migrationBuilder.CreateIndex(
                name: "IX_PillarCitations_SourceId",
                table: "PillarCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Pillars_DimensionId",
                table: "Pillars",
                column: "DimensionId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCitations_ProjectId",
                table: "ProjectCitations",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCitations_SourceId",
                table: "ProjectCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectCountries_ProjectId",
                table: "ProjectCountries",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFigureCitations_ProjectFigureId",
                table: "ProjectFigureCitations",
                column: "ProjectFigureId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFigureCitations_SourceId",
                table: "ProjectFigureCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFigures_ProjectId",
                table: "ProjectFigures",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectFigures_UnitId",
                table: "ProjectFigures",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectOrganisationCitations_ProjectOrganisationProjectId_P~",
                table: "ProjectOrganisationCitations",
                columns: new[] { "ProjectOrganisationProjectId", "ProjectOrganisationOrganisationId", "ProjectOrganisationRole" });

            migrationBuilder.CreateIndex(
                name: "IX_ProjectOrganisationCitations_SourceId",
                table: "ProjectOrganisationCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_ProjectOrganisations_OrganisationId",
                table: "ProjectOrganisations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_DimensionId",
                table: "Projects",
                column: "DimensionId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_Filter",
                table: "Projects",
                columns: new[] { "PillarId", "Name", "StartYear", "EndYear", "Status", "Id", "Description" });

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationChallenges_RecommendationId",
                table: "RecommendationChallenges",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationCitations_RecommendationId",
                table: "RecommendationCitations",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationCitations_SourceId",
                table: "RecommendationCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationDimensions_RecommendationId",
                table: "RecommendationDimensions",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_RecommendationPillars_RecommendationId",
                table: "RecommendationPillars",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_ReporterCitations_ReporterId",
                table: "ReporterCitations",
                column: "ReporterId");

            migrationBuilder.CreateIndex(
                name: "IX_ReporterCitations_SourceId",
                table: "ReporterCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_Reporters_CountryId",
                table: "Reporters",
                column: "CountryId");

            migrationBuilder.CreateIndex(
                name: "IX_Sources_CitedInId",
                table: "Sources",
                column: "CitedInId");

            migrationBuilder.CreateIndex(
                name: "IX_StabilityDimensionCitations_SourceId",
                table: "StabilityDimensionCitations",
                column: "SourceId");

            migrationBuilder.CreateIndex(
                name: "IX_StabilityDimensionCitations_StabilityDimensionId",
                table: "StabilityDimensionCitations",
                column: "StabilityDimensionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChallengeCitations");

            migrationBuilder.DropTable(
                name: "ChallengeDimensions");

            migrationBuilder.DropTable(
                name: "ChallengePillars");

            migrationBuilder.DropTable(
                name: "CountryCitations");

            migrationBuilder.DropTable(
                name: "DataFiles");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EventCitations");

            migrationBuilder.DropTable(
                name: "EventCountries");

            migrationBuilder.DropTable(
                name: "EventProjects");

            migrationBuilder.DropTable(
                name: "GlossaryTermCitations");

            migrationBuilder.DropTable(
                name: "HeadlineCitations");

            migrationBuilder.DropTable(
                name: "ImportedFiles");

            migrationBuilder.DropTable(
                name: "IndicatorCitations");

            migrationBuilder.DropTable(
                name: "ObservationCitations");

            migrationBuilder.DropTable(
                name: "OrganisationCitations");

            migrationBuilder.DropTable(
                name: "PillarCitations");

            migrationBuilder.DropTable(
                name: "ProjectCitations");

            migrationBuilder.DropTable(
                name: "ProjectCountries");

            migrationBuilder.DropTable(
                name: "ProjectFigureCitations");

            migrationBuilder.DropTable(
                name: "ProjectOrganisationCitations");

            migrationBuilder.DropTable(
                name: "RecommendationChallenges");

            migrationBuilder.DropTable(
                name: "RecommendationCitations");

            migrationBuilder.DropTable(
                name: "RecommendationDimensions");

            migrationBuilder.DropTable(
                name: "RecommendationPillars");

            migrationBuilder.DropTable(
                name: "ReporterCitations");

            migrationBuilder.DropTable(
                name: "SeedStates");

            migrationBuilder.DropTable(
                name: "StabilityDimensionCitations");

            migrationBuilder.DropTable(
                name: "Events");

            migrationBuilder.DropTable(
                name: "GlossaryTerms");

            migrationBuilder.DropTable(
                name: "Headlines");

            migrationBuilder.DropTable(
                name: "ImportRecords");

            migrationBuilder.DropTable(
                name: "ProjectOrganisations");

            migrationBuilder.DropTable(
                name: "Challenges");

            migrationBuilder.DropTable(
                name: "Recommendations");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "Observations");

            migrationBuilder.DropTable(
                name: "ProjectFigures");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropTable(
                name: "Indicators");

            migrationBuilder.DropTable(
                name: "Reporters");

            migrationBuilder.DropTable(
                name: "Projects");

            migrationBuilder.DropTable(
                name: "Units");

            migrationBuilder.DropTable(
                name: "Countries");

            migrationBuilder.DropTable(
                name: "Pillars");

            migrationBuilder.DropTable(
                name: "StabilityDimensions");
        }
    }
}
