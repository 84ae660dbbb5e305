using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> builder)
    {
        builder.Property(r => r.Version).HasMaxLength(20);
        builder.HasIndex(r => r.Version).IsUnique();
        builder.Property(r => r.PublishedBy).HasMaxLength(200);
        builder.OwnsMany(r => r.Files, file =>
        {
            file.ToTable("ReleaseFiles");
            file.WithOwner().HasForeignKey("ReleaseId");
            file.HasKey(f => f.Id);
            file.Property(f => f.Name).HasMaxLength(100);
        });
    }
}
