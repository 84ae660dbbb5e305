using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class ChallengeConfiguration : IEntityTypeConfiguration<Challenge>
{
    public void Configure(EntityTypeBuilder<Challenge> builder)
    {
        builder.Property(c => c.Id).HasMaxLength(100);
        builder.HasMany(c => c.Dimensions).WithMany().UsingEntity("ChallengeDimensions");
        builder.HasMany(c => c.Pillars).WithMany().UsingEntity("ChallengePillars");
        builder.OwnsCitations("ChallengeCitations");
    }
}
