using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.Property(r => r.File).HasMaxLength(100);
        builder.Property(r => r.RowId).HasMaxLength(2000);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(10);
        builder.Property(r => r.ChangedBy).HasMaxLength(200);
        builder.HasIndex(r => new { r.File, r.RowId });
        builder.HasOne(r => r.Import).WithMany().HasForeignKey(r => r.ImportRecordId).OnDelete(DeleteBehavior.NoAction);
    }
}
