using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class InstitutionConfiguration : IEntityTypeConfiguration<Institution>
{
    public void Configure(EntityTypeBuilder<Institution> builder)
    {
        builder.Property(i => i.Id).HasMaxLength(100);
        builder.Property(i => i.Name).HasMaxLength(300);
        builder.HasOne(i => i.Country).WithMany().HasForeignKey(i => i.CountryId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(i => i.Names).WithOne(n => n.Institution).HasForeignKey(n => n.InstitutionId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("InstitutionCitations");
    }
}
