using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.Property(c => c.Id).HasMaxLength(100);
        builder.Property(c => c.IndicatorId).HasMaxLength(100);
        builder.Property(c => c.AreaId).HasMaxLength(10);
        builder.Property(c => c.PartnerIds).HasMaxLength(200);
        builder.Property(c => c.ReporterIds).HasMaxLength(500);
        builder.Property(c => c.From).HasMaxLength(10);
        builder.Property(c => c.To).HasMaxLength(10);
        builder.Property(c => c.ProductGroup).HasMaxLength(200);
        builder.HasOne(c => c.Observation).WithMany().HasForeignKey(c => c.ObservationId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("ClaimCitations");
    }
}
