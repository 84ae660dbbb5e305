using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.Property(o => o.Id).HasMaxLength(100);
        builder.Property(o => o.SourceValue).HasMaxLength(50);
        builder.Property(o => o.SourceSeries).HasMaxLength(300);
        builder.HasOne(o => o.Indicator).WithMany(i => i.Observations).HasForeignKey(o => o.IndicatorId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Area).WithMany().HasForeignKey(o => o.AreaId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Partner).WithMany().HasForeignKey(o => o.PartnerId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Unit).WithMany().HasForeignKey(o => o.UnitId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(o => o.Reporter).WithMany().HasForeignKey(o => o.ReporterId).OnDelete(DeleteBehavior.NoAction);
        // The explorer reads an indicator's series in period order.
        builder.HasIndex(o => new { o.IndicatorId, o.PeriodEnd });
        // The trade lines (all goods) of an indicator without reading its figures by product group (issue 17).
        builder.HasIndex(o => new { o.IndicatorId, o.ProductGroup, o.PeriodEnd });
        builder.OwnsCitations("ObservationCitations");
    }
}
