using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ImportRecordConfiguration : IEntityTypeConfiguration<ImportRecord>
{
    public void Configure(EntityTypeBuilder<ImportRecord> builder)
    {
        builder.Property(i => i.ImportedBy).HasMaxLength(200);
        builder.Property(i => i.Channel).HasMaxLength(10);
        builder.Property(i => i.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(i => i.ImportedAtUtc);
        builder.OwnsMany(i => i.Files, file =>
        {
            file.ToTable("ImportedFiles");
            file.WithOwner().HasForeignKey("ImportRecordId");
            file.HasKey(f => f.Id);
            file.Property(f => f.Name).HasMaxLength(100);
            file.Property(f => f.Sha256).HasMaxLength(64);
        });
    }
}
