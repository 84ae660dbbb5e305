namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// Reads and validates every data file of a directory or an import (the columns are documented in data/README.md).
/// Files are read in <see cref="DataFileRegistry"/> order, so each reference can be checked against the rows it
/// names; each file's own reader (<c>Seeding/Files/</c>) turns its rows into entities.
/// Either the whole dataset comes back, or a <see cref="DataValidationException"/> listing every problem.
/// </summary>
public static class CsvDataSetReader
{
    /// <summary>The data files, in the order they are read (<see cref="DataFileRegistry.Names"/>).</summary>
    public static IReadOnlyList<string> FileNames => DataFileRegistry.Names;

    public static DataSet Read(string directory) => Read(new DirectoryFileSource(directory));

    public static DataSet Read(IDataFileSource source)
    {
        var errors = new List<DataError>();
        // One lookup per entity; a lookup fed by several files names them all in messages.
        var lookups = DataFileRegistry.All.GroupBy(d => d.EntityType)
            .ToDictionary(g => g.Key, g => g.First().CreateLookup(string.Join(" or ", g.Select(d => d.Name))));
        foreach (var file in DataFileRegistry.All)
        {
            var rows = CsvTableReader.Read(source, file.Name, file.Columns, errors);
            if (rows is null)
            {
                // The file could not be read row by row: references to its rows are not reported as dangling.
                lookups[file.EntityType].IsComplete = false;
            }
            file.Read(rows ?? [], new DataReadContext(file, lookups));
        }
        foreach (var entityType in DataFileRegistry.EntityTypes)
        {
            CheckLengths(lookups[entityType], errors);
        }
        if (errors.Count > 0)
        {
            throw new DataValidationException(errors);
        }
        return new DataSet(DataFileRegistry.EntityTypes.ToDictionary(t => t, t => lookups[t].ToList()));
    }

    /// <summary>
    /// Texts longer than the store's column: SQLite would keep them, PostgreSQL refuses them, so both reject
    /// them here, by file, line and column, like any other bad value.
    /// </summary>
    private static void CheckLengths(IRowLookup lookup, List<DataError> errors)
    {
        var limits = StoreLimits.For(lookup.EntityType);
        if (limits.Count == 0)
        {
            return;
        }
        foreach (var (row, file, line) in lookup.UntypedEntries)
        {
            foreach (var (property, column, max) in limits)
            {
                if (property.GetValue(row) is string text && text.Length > max)
                {
                    errors.Add(new DataError(file, line, column, $"{text.Length} characters; the store keeps at most {max}"));
                }
            }
        }
    }
}
