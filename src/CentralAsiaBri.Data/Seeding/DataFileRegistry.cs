using CentralAsiaBri.Data.Seeding.Files;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// Every data file, in the order they are read (each descriptor's <see cref="DataFileDescriptor.ReadOrder"/>). A file
/// comes after the files it references (checked here, at start-up, and by a test). Read order is insert order;
/// delete order is its reverse.
/// </summary>
public static class DataFileRegistry
{
    /// <summary>
    /// The data files in read order: every <see cref="DataFileDescriptor"/> of this assembly, ordered by its
    /// <see cref="DataFileDescriptor.ReadOrder"/>. A new file is its descriptor class alone; nothing lists it here.
    /// </summary>
    public static IReadOnlyList<DataFileDescriptor> All { get; } = Checked(
        [.. typeof(DataFileDescriptor).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsClass: true } && t.IsSubclassOf(typeof(DataFileDescriptor)))
            .Select(t => (DataFileDescriptor)Activator.CreateInstance(t, nonPublic: true)!)
            .OrderBy(d => d.ReadOrder)]);

    /// <summary>The file names in read order.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(d => d.Name)];

    /// <summary>The entities the files hold, each once, in read order: the order rows are inserted in.</summary>
    public static IReadOnlyList<Type> EntityTypes { get; } = [.. All.Select(d => d.EntityType).Distinct()];

    /// <summary>
    /// One file per entity, in the order their tables are emptied: the reverse of the read order, so a row is
    /// deleted before the rows it references.
    /// </summary>
    public static IReadOnlyList<DataFileDescriptor> DeleteOrder { get; } = [.. All.Reverse().DistinctBy(d => d.EntityType)];

    public static DataFileDescriptor? Find(string name) => All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// The columns that identify a row of a file (<see cref="DataFileDescriptor.KeyColumns"/>), or null for a
    /// join table, an unknown file or a header that lacks them (then a whole row is its own key).
    /// </summary>
    public static IReadOnlyList<string>? KeyColumns(string file, IReadOnlyList<string> header) =>
        Find(file)?.KeyColumns is { } key && key.All(header.Contains) ? key : null;

    /// <summary>Refuses a registry whose files repeat, reference an unknown or later file, or name one entity's rows two ways.</summary>
    private static IReadOnlyList<DataFileDescriptor> Checked(IReadOnlyList<DataFileDescriptor> files)
    {
        var problems = new List<string>();
        for (var i = 0; i < files.Count; i++)
        {
            var file = files[i];
            if (files.Take(i).Any(f => f.Name == file.Name))
            {
                problems.Add($"{file.Name} is registered twice");
            }
            if (files.Take(i).FirstOrDefault(f => f.ReadOrder == file.ReadOrder) is { } same)
            {
                problems.Add($"{file.Name} and {same.Name} have the same read order {file.ReadOrder}");
            }
            foreach (var reference in file.References)
            {
                var index = files.ToList().FindIndex(f => f.Name == reference);
                if (index < 0)
                {
                    problems.Add($"{file.Name} references {reference}, which is not a data file");
                }
                else if (index >= i)
                {
                    problems.Add($"{file.Name} references {reference}, which is read after it");
                }
            }
            if (files.Take(i).FirstOrDefault(f => f.EntityType == file.EntityType && f.RowName != file.RowName) is { } other)
            {
                problems.Add($"{file.Name} calls its rows '{file.RowName}' but {other.Name}, with the same entity, calls them '{other.RowName}'");
            }
        }
        return problems.Count == 0 ? files : throw new InvalidOperationException("The data file registry is inconsistent: " + string.Join("; ", problems));
    }
}
