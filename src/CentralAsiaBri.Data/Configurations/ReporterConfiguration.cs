using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ReporterConfiguration : IEntityTypeConfiguration<Reporter>
{
    public void Configure(EntityTypeBuilder<Reporter> builder)
    {
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.Property(r => r.Name).HasMaxLength(300);
        builder.HasOne(r => r.Institution).WithMany().HasForeignKey(r => r.InstitutionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.Country).WithMany().HasForeignKey(r => r.CountryId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(r => r.MirrorOf).WithMany().HasForeignKey(r => r.MirrorOfId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("ReporterCitations");
    }
}
