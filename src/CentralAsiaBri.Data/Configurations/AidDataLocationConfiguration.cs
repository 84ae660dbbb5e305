using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class AidDataLocationConfiguration : IEntityTypeConfiguration<AidDataLocation>
{
    public void Configure(EntityTypeBuilder<AidDataLocation> builder)
    {
        builder.ToTable("AidDataLocations");
        // A project appears once per region: AidData's id and the region's id together are the row's key.
        builder.HasKey(l => new { l.AidDataId, l.ShapeId });
        builder.Property(l => l.AidDataId).ValueGeneratedNever();
        builder.Property(l => l.ShapeId).HasMaxLength(50);
        builder.Property(l => l.ShapeName).HasMaxLength(200);
        builder.HasOne(l => l.Country).WithMany().HasForeignKey(l => l.CountryId).OnDelete(DeleteBehavior.NoAction);
        // The regions table and the map layer group by region.
        builder.HasIndex(l => new { l.ShapeId, l.CountryId });
        builder.OwnsCitations("AidDataLocationCitations");
    }
}
