using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class IndicatorConfiguration : IEntityTypeConfiguration<Indicator>
{
    public void Configure(EntityTypeBuilder<Indicator> builder)
    {
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.HasOne(i => i.Pillar).WithMany().HasForeignKey(i => i.PillarId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("IndicatorCitations");
    }
}
