using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Id).HasMaxLength(100);
        builder.Property(o => o.Name).HasMaxLength(300);
        builder.HasOne(o => o.Country).WithMany().HasForeignKey(o => o.CountryId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("OrganisationCitations");
    }
}
