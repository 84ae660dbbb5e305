using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class PillarConfiguration : IEntityTypeConfiguration<Pillar>
{
    public void Configure(EntityTypeBuilder<Pillar> builder)
    {
        builder.Property(p => p.Id).HasMaxLength(100);
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.OwnsCitations("PillarCitations");
    }
}
