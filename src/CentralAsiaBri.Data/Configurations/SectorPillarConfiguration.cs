using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class SectorPillarConfiguration : IEntityTypeConfiguration<SectorPillar>
{
    public void Configure(EntityTypeBuilder<SectorPillar> builder)
    {
        builder.ToTable("SectorPillars");
        builder.HasKey(s => s.CrsCode);
        // The code is AidData's, not generated.
        builder.Property(s => s.CrsCode).ValueGeneratedNever();
        builder.Property(s => s.CrsName).HasMaxLength(200);
        builder.HasOne(s => s.Pillar).WithMany().HasForeignKey(s => s.PillarId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(s => s.Dimension).WithMany().HasForeignKey(s => s.DimensionId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("SectorPillarCitations");
    }
}
