using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class SourceConfiguration : IEntityTypeConfiguration<Source>
{
    public void Configure(EntityTypeBuilder<Source> builder)
    {
        builder.Property(s => s.Id).HasMaxLength(100);
        builder.Property(s => s.Title).HasMaxLength(500);
        builder.HasOne(s => s.CitedIn).WithMany().HasForeignKey(s => s.CitedInId).OnDelete(DeleteBehavior.NoAction);
    }
}
