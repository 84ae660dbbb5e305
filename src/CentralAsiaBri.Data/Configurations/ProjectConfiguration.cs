using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

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
        builder.HasOne(p => p.Dataset).WithMany().HasForeignKey(p => p.DatasetId).OnDelete(DeleteBehavior.NoAction);
        // A dataset's money lives in the project's own row (columns Finance_*), present only for dataset rows.
        builder.OwnsOne(p => p.Finance, finance =>
        {
            finance.Property(f => f.Currency).HasMaxLength(10);
            finance.Property(f => f.SourceStatus).HasMaxLength(100);
            finance.Property(f => f.FlowType).HasMaxLength(100);
            finance.Property(f => f.FlowClass).HasMaxLength(100);
            finance.Property(f => f.CrsName).HasMaxLength(200);
        });
        // The explorer's source filter; the same record in two datasets is found by its record id.
        builder.HasIndex(p => new { p.DatasetId, p.DatasetRecordId });
        // Folded text for search (TextSearch): written from the fields on every insert, never read into them.
        builder.Property(p => p.SearchText).UsePropertyAccessMode(PropertyAccessMode.Property);
        builder.OwnsCitations("ProjectCitations");
    }
}
