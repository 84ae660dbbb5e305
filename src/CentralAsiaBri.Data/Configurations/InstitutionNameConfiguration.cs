using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class InstitutionNameConfiguration : IEntityTypeConfiguration<InstitutionName>
{
    public void Configure(EntityTypeBuilder<InstitutionName> builder)
    {
        builder.ToTable("InstitutionNames");
        // A name is borne once per institution; a rename back to an old name would be a second period, not a second row.
        builder.HasKey(n => new { n.InstitutionId, n.Name });
        builder.Property(n => n.InstitutionId).HasMaxLength(100);
        builder.Property(n => n.Name).HasMaxLength(300);
        builder.Property(n => n.ValidFrom).HasMaxLength(10);
        builder.Property(n => n.ValidTo).HasMaxLength(10);
        builder.OwnsCitations("InstitutionNameCitations");
    }
}
