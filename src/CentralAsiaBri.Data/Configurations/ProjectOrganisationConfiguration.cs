using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ProjectOrganisationConfiguration : IEntityTypeConfiguration<ProjectOrganisation>
{
    public void Configure(EntityTypeBuilder<ProjectOrganisation> builder)
    {
        builder.HasKey(po => new { po.ProjectId, po.OrganisationId, po.Role });
        builder.HasOne(po => po.Organisation).WithMany().HasForeignKey(po => po.OrganisationId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("ProjectOrganisationCitations");
    }
}
