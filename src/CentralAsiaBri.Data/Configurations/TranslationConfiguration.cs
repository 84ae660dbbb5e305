using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal sealed class TranslationConfiguration : IEntityTypeConfiguration<Translation>
{
    public void Configure(EntityTypeBuilder<Translation> builder)
    {
        builder.Property(t => t.Kind).HasMaxLength(20);
        builder.Property(t => t.EntityId).HasMaxLength(100);
        builder.Property(t => t.Field).HasMaxLength(20);
        builder.Property(t => t.Language).HasMaxLength(10);
        builder.Property(t => t.Basis).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => new { t.Language, t.Kind, t.EntityId, t.Field }).IsUnique();
        builder.OwnsCitations("TranslationCitations");
    }
}
