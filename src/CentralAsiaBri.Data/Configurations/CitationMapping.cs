using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CentralAsiaBri.Data.Configurations;

internal static class CitationMapping
{
    /// <summary>
    /// Maps a row's citations to a table of their own ("ProjectCitations", …) whose SourceId is a real
    /// foreign key: the store itself refuses a citation of a source that does not exist.
    /// </summary>
    public static void OwnsCitations<T>(this EntityTypeBuilder<T> builder, string table)
        where T : class, ICited
    {
        builder.OwnsMany(e => e.Citations, citation =>
        {
            citation.ToTable(table);
            citation.WithOwner();
            // A key of its own (not owner id + ordinal) so every provider can generate it on insert.
            citation.Property<int>("Id");
            citation.HasKey("Id");
            citation.Property(c => c.SourceId).HasMaxLength(100);
            citation.Property(c => c.Location).HasMaxLength(200);
            citation.HasOne(c => c.Source).WithMany().HasForeignKey(c => c.SourceId).OnDelete(DeleteBehavior.NoAction);
            citation.HasIndex(c => c.SourceId);
        });
        builder.Navigation(e => e.Citations).AutoInclude(false);
    }
}
