using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class RecommendationConfiguration : IEntityTypeConfiguration<Recommendation>
{
    public void Configure(EntityTypeBuilder<Recommendation> builder)
    {
        builder.Property(r => r.Id).HasMaxLength(100);
        builder.HasMany(r => r.Dimensions).WithMany().UsingEntity("RecommendationDimensions");
        builder.HasMany(r => r.Pillars).WithMany().UsingEntity("RecommendationPillars");
        builder.HasMany(r => r.Challenges).WithMany().UsingEntity("RecommendationChallenges");
        builder.OwnsCitations("RecommendationCitations");
    }
}
