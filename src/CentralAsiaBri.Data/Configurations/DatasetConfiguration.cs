using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class DatasetConfiguration : IEntityTypeConfiguration<Dataset>
{
    public void Configure(EntityTypeBuilder<Dataset> builder)
    {
        builder.Property(d => d.Id).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(100);
        builder.Property(d => d.Licence).HasMaxLength(100);
        builder.Property(d => d.LicenceUrl).HasMaxLength(300);
        builder.Property(d => d.RecordUrl).HasMaxLength(300);
        // A dataset is a source: its id is the source's.
        builder.HasOne(d => d.Source).WithOne().HasForeignKey<Dataset>(d => d.Id).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(d => d.Pillar).WithMany().HasForeignKey(d => d.PillarId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(d => d.Dimension).WithMany().HasForeignKey(d => d.DimensionId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("DatasetCitations");
    }
}
