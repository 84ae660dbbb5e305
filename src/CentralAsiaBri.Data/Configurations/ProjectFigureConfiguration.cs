using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ProjectFigureConfiguration : IEntityTypeConfiguration<ProjectFigure>
{
    public void Configure(EntityTypeBuilder<ProjectFigure> builder)
    {
        builder.Property(f => f.Id).HasMaxLength(100);
        builder.HasOne(f => f.Unit).WithMany().HasForeignKey(f => f.UnitId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("ProjectFigureCitations");
    }
}
