using System.Collections.Concurrent;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>The store's text length limits (HasMaxLength in the entity configurations), read from the EF model.</summary>
internal static partial class StoreLimits
{
    // The model is the same for every provider as far as lengths go; SQLite builds it without opening anything.
    private static readonly Lazy<Microsoft.EntityFrameworkCore.Metadata.IModel> s_model = new(() =>
    {
        using var db = new CentralAsiaBriDbContext(new DbContextOptionsBuilder<CentralAsiaBriDbContext>().UseSqlite("Data Source=:memory:").Options);
        return db.Model;
    });

    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(PropertyInfo Property, string Column, int Max)>> s_limits = new();

    /// <summary>Each limited text property of an entity type, with the data file's column name for it (Name → name, ParentId → parent_id).</summary>
    public static IReadOnlyList<(PropertyInfo Property, string Column, int Max)> For(Type entity) => s_limits.GetOrAdd(entity, type =>
        s_model.Value.FindEntityType(type) is { } entityType
            ? [.. entityType.GetProperties()
                .Where(p => p.ClrType == typeof(string) && p.PropertyInfo is not null && p.GetMaxLength() is not null)
                .Select(p => (p.PropertyInfo!, Snake(p.Name), p.GetMaxLength()!.Value))]
            : []);

    private static string Snake(string name) => WordBoundary().Replace(name, "_$1").ToLowerInvariant();

    [GeneratedRegex("(?<=[a-z0-9])([A-Z])")]
    private static partial Regex WordBoundary();
}
