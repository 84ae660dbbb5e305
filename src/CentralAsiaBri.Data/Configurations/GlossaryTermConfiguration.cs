using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class GlossaryTermConfiguration : IEntityTypeConfiguration<GlossaryTerm>
{
    public void Configure(EntityTypeBuilder<GlossaryTerm> builder)
    {
        builder.Property(g => g.Id).HasMaxLength(100);
        builder.Property(g => g.Term).HasMaxLength(200);
        builder.OwnsCitations("GlossaryTermCitations");
    }
}
