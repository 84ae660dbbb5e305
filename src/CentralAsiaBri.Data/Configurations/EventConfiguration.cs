using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class EventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.Property(e => e.Id).HasMaxLength(100);
        builder.Property(e => e.Date).HasMaxLength(10);
        builder.Property(e => e.EndDate).HasMaxLength(10);
        builder.HasMany(e => e.Countries).WithMany().UsingEntity("EventCountries");
        builder.HasMany(e => e.Projects).WithMany(p => p.Events).UsingEntity("EventProjects");
        builder.HasOne(e => e.Pillar).WithMany().HasForeignKey(e => e.PillarId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne(e => e.Dimension).WithMany().HasForeignKey(e => e.DimensionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasIndex(e => e.Date);
        builder.OwnsCitations("EventCitations");
    }
}
