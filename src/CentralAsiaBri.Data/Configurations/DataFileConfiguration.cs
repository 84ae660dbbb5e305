using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

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
