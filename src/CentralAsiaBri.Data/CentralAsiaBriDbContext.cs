using CentralAsiaBri.Data.Model;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data;

/// <summary>The dashboard's store.</summary>
/// <remarks>
/// Add a migration after changing the model (from the repository root):
/// <c>dotnet tool restore &amp;&amp; dotnet ef migrations add NAME --project src/CentralAsiaBri.Data --startup-project src/CentralAsiaBri.Web --output-dir Migrations</c>
/// and the same for PostgreSQL:
/// <c>dotnet ef migrations add NAME --project src/CentralAsiaBri.Data.Postgres --startup-project src/CentralAsiaBri.Web --output-dir Migrations -- --Database:Provider=Postgres</c>.
/// A test applies every migration to an empty database, so a forgotten one fails the build.
/// </remarks>
public sealed class CentralAsiaBriDbContext(DbContextOptions<CentralAsiaBriDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<StabilityDimension> Dimensions => Set<StabilityDimension>();
    public DbSet<Pillar> Pillars => Set<Pillar>();
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Source> Sources => Set<Source>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<Indicator> Indicators => Set<Indicator>();
    public DbSet<Observation> Observations => Set<Observation>();
    public DbSet<Reporter> Reporters => Set<Reporter>();
    public DbSet<Institution> Institutions => Set<Institution>();
    public DbSet<Project> Projects => Set<Project>();
    public DbSet<ProjectFigure> ProjectFigures => Set<ProjectFigure>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<ProjectOrganisation> ProjectOrganisations => Set<ProjectOrganisation>();
    public DbSet<TimelineEvent> Events => Set<TimelineEvent>();
    public DbSet<Challenge> Challenges => Set<Challenge>();
    public DbSet<Recommendation> Recommendations => Set<Recommendation>();
    public DbSet<GlossaryTerm> GlossaryTerms => Set<GlossaryTerm>();
    public DbSet<Headline> Headlines => Set<Headline>();
    public DbSet<Claim> Claims => Set<Claim>();
    public DbSet<Translation> Translations => Set<Translation>();
    public DbSet<Dataset> Datasets => Set<Dataset>();
    public DbSet<AidDataLocation> AidDataLocations => Set<AidDataLocation>();
    public DbSet<SeedState> SeedStates => Set<SeedState>();
    public DbSet<DataFile> DataFiles => Set<DataFile>();
    public DbSet<ImportRecord> ImportRecords => Set<ImportRecord>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Release> Releases => Set<Release>();

    /// <summary>The ASP.NET Core data-protection key ring, shared by every app instance on this store
    /// (sign-in cookies and antiforgery tokens made by one instance are read by the others).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // One entity per file in Model/, one IEntityTypeConfiguration per file in Configurations/, all applied here.
    // Ids are the data files' own slugs and ISO codes, so none is generated. References use NO ACTION rather
    // than RESTRICT: both refuse an orphan, but NO ACTION is checked at the end of the statement, so a re-seed
    // can empty a self-referencing table (countries, sources) in one DELETE.
    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CentralAsiaBriDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the database reads like the data files.
        configurationBuilder.Properties<Qualifier>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CountryKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<SourceKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Quantity>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<TradeFlow>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ProjectKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Sector>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<ProjectStatus>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<FigureMeasure>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<OrganisationKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<OrganisationRole>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ReporterKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<InstitutionSide>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<EventKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<ClaimTest>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<AbsentRows>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<EvidenceScope>().HaveConversion<string>().HaveMaxLength(20);
    }
}
