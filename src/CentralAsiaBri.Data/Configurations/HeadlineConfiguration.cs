using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class HeadlineConfiguration : IEntityTypeConfiguration<Headline>
{
    public void Configure(EntityTypeBuilder<Headline> builder)
    {
        builder.Property(h => h.Id).HasMaxLength(100);
        builder.HasOne(h => h.Observation).WithMany().HasForeignKey(h => h.ObservationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(h => h.ProjectFigure).WithMany().HasForeignKey(h => h.ProjectFigureId).OnDelete(DeleteBehavior.NoAction);
        builder.OwnsCitations("HeadlineCitations");
    }
}
