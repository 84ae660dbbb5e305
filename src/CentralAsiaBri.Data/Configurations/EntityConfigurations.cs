using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

// One configuration per entity; ids are the data files' own slugs and ISO codes, so none is generated.
// References use NO ACTION rather than RESTRICT: both refuse an orphan, but NO ACTION is checked at the end
// of the statement, so a re-seed can empty a self-referencing table (countries, sources) in one DELETE.

internal sealed class StabilityDimensionConfiguration : IEntityTypeConfiguration<StabilityDimension>
{
    public void Configure(EntityTypeBuilder<StabilityDimension> builder)
    {
        builder.ToTable("StabilityDimensions");
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasMany(d => d.Pillars).WithOne(p => p.Dimension).HasForeignKey(p => p.DimensionId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("StabilityDimensionCitations");
    }
}

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> builder)
    {
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.OwnsCitations("PillarCitations");
    }
}

internal sealed class CountryConfiguration : IEntityTypeConfiguration<Country>
{
    public void Configure(EntityTypeBuilder<Country> builder)
    {
        builder.Property(c => c.Id).HasMaxLength(10);
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("CountryCitations");
    }
}

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.HasOne(s => s.CitedIn).WithMany().HasForeignKey(s => s.CitedInId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.Property(u => u.Id).HasMaxLength(50);
        builder.Property(u => u.Currency).HasMaxLength(3);
    }
}

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.HasOne(i => i.Pillar).WithMany().HasForeignKey(i => i.PillarId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("IndicatorCitations");
    }
}

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.Property(o => o.Id).HasMaxLength(100);
        builder.HasOne(o => o.Indicator).WithMany(i => i.Observations).HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Area).WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Partner).WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Reporter).WithMany().HasForeignKey(o => o.ReporterId).OnDelete(DeleteBehavior.NoAction);
        // The explorer reads an indicator's series in period order.
        builder.HasIndex(o => new { o.IndicatorId, o.PeriodEnd });
        builder.OwnsCitations("ObservationCitations");
    }
}

internal sealed class ReporterConfiguration : IEntityTypeConfiguration<Reporter>
{
    public void Configure(EntityTypeBuilder<Reporter> builder)
    {
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.Name).HasMaxLength(300);
        builder.HasOne(r => r.Country).WithMany().HasForeignKey(r => r.CountryId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("ReporterCitations");
    }
}

internal sealed class ProjectConfiguration : IEntityTypeConfiguration<Project>
{
    public void Configure(EntityTypeBuilder<Project> builder)
    {
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(300);
        builder.HasMany(p => p.Countries).WithMany().UsingEntity("ProjectCountries");
        builder.HasOne(p => p.Pillar).WithMany().HasForeignKey(p => p.PillarId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(p => p.Dimension).WithMany().HasForeignKey(p => p.DimensionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(p => p.Figures).WithOne(f => f.Project).HasForeignKey(f => f.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Organisations).WithOne(o => o.Project).HasForeignKey(o => o.ProjectId).OnDelete(DeleteBehavior.Cascade);
        // The projects page's filter (pillar + years + country, listed by name): this index covers it, so
        // SQLite reads one pillar's projects in name order from the index alone, stops after a page, and
        // counts without touching the table (measured in docs/performance.md).
        builder.HasIndex(p => new { p.PillarId, p.Name, p.StartYear, p.EndYear, p.Status, p.Id, p.Description }).HasDatabaseName("IX_Projects_Filter");
        builder.OwnsCitations("ProjectCitations");
    }
}

internal sealed class ProjectFigureConfiguration : IEntityTypeConfiguration<ProjectFigure>
{
    public void Configure(EntityTypeBuilder<ProjectFigure> builder)
    {
        builder.Property(f => f.Id).HasMaxLength(100);
        builder.HasOne(f => f.Unit).WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("ProjectFigureCitations");
    }
}

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Id).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("OrganisationCitations");
    }
}

internal sealed class ProjectOrganisationConfiguration : IEntityTypeConfiguration<ProjectOrganisation>
{
    public void Configure(EntityTypeBuilder<ProjectOrganisation> builder)
    {
        builder.HasKey(po => new { po.ProjectId, po.OrganisationId, po.Role });
        builder.HasOne(po => po.Organisation).WithMany().HasForeignKey(po => po.OrganisationId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("ProjectOrganisationCitations");
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.Date).HasMaxLength(10);
        builder.Property(e => e.EndDate).HasMaxLength(10);
        builder.HasMany(e => e.Countries).WithMany().UsingEntity("EventCountries");
        builder.HasMany(e => e.Projects).WithMany(p => p.Events).UsingEntity("EventProjects");
        builder.HasOne(e => e.Pillar).WithMany().HasForeignKey(e => e.PillarId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(e => e.Dimension).WithMany().HasForeignKey(e => e.DimensionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(e => e.Date);
        builder.OwnsCitations("EventCitations");
    }
}

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.Property(c => c.Id).HasMaxLength(100);
        builder.HasMany(c => c.Dimensions).WithMany().UsingEntity("ChallengeDimensions");
        builder.HasMany(c => c.Pillars).WithMany().UsingEntity("ChallengePillars");
        builder.OwnsCitations("ChallengeCitations");
    }
}

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.HasMany(r => r.Dimensions).WithMany().UsingEntity("RecommendationDimensions");
        builder.HasMany(r => r.Pillars).WithMany().UsingEntity("RecommendationPillars");
        builder.HasMany(r => r.Challenges).WithMany().UsingEntity("RecommendationChallenges");
        builder.OwnsCitations("RecommendationCitations");
    }
}

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.Property(g => g.Id).HasMaxLength(100);
        builder.Property(g => g.Term).HasMaxLength(200);
        builder.OwnsCitations("GlossaryTermCitations");
    }
}

internal sealed class HeadlineConfiguration : IEntityTypeConfiguration<Headline>
{
    public void Configure(EntityTypeBuilder<Headline> builder)
    {
        builder.Property(h => h.Id).HasMaxLength(100);
        builder.HasOne(h => h.Observation).WithMany().HasForeignKey(h => h.ObservationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(h => h.ProjectFigure).WithMany().HasForeignKey(h => h.ProjectFigureId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("HeadlineCitations");
    }
}

internal sealed class TranslationConfiguration : IEntityTypeConfiguration<Translation>
{
    public void Configure(EntityTypeBuilder<Translation> builder)
    {
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.Property(t => t.EntityId).HasMaxLength(100);
        builder.Property(t => t.Field).HasMaxLength(20);
        builder.Property(t => t.Language).HasMaxLength(10);
        builder.Property(t => t.Basis).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.Language, t.Kind, t.EntityId, t.Field }).IsUnique();
        builder.OwnsCitations("TranslationCitations");
    }
}

internal sealed class SeedStateConfiguration : IEntityTypeConfiguration<SeedState>
{
    public void Configure(EntityTypeBuilder<SeedState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ContentHash).HasMaxLength(64);
    }
}

internal sealed class DataFileConfiguration : IEntityTypeConfiguration<DataFile>
{
    public void Configure(EntityTypeBuilder<DataFile> builder)
    {
        builder.HasKey(f => f.Name);
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.Sha256).HasMaxLength(64);
        builder.Property(f => f.UpdatedBy).HasMaxLength(200);
    }
}

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.Property(i => i.ImportedBy).HasMaxLength(200);
        builder.Property(i => i.Channel).HasMaxLength(10);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(i => i.ImportedAtUtc);
        builder.OwnsMany(i => i.Files, file =>
        {
            file.ToTable("ImportedFiles");
            file.WithOwner().HasForeignKey("ImportRecordId");
            file.HasKey(f => f.Id);
            file.Property(f => f.Name).HasMaxLength(100);
            file.Property(f => f.Sha256).HasMaxLength(64);
        });
    }
}

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.File).HasMaxLength(100);
        builder.Property(r => r.RowId).HasMaxLength(2000);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.ChangedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.File, r.RowId });
        builder.HasOne(r => r.Import).WithMany().HasForeignKey(r => r.ImportRecordId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> builder)
    {
        builder.Property(r => r.Version).HasMaxLength(20);
        builder.HasIndex(r => r.Version).IsUnique();
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
        builder.OwnsMany(r => r.Files, file =>
        {
            file.ToTable("ReleaseFiles");
            file.WithOwner().HasForeignKey("ReleaseId");
            file.HasKey(f => f.Id);
            file.Property(f => f.Name).HasMaxLength(100);
        });
    }
}
