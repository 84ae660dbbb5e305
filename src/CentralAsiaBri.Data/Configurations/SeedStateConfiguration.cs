using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class SeedStateConfiguration : IEntityTypeConfiguration<SeedState>
{
    public void Configure(EntityTypeBuilder<SeedState> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.ContentHash).HasMaxLength(64);
    }
}
