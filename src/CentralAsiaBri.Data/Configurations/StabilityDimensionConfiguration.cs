using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

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
