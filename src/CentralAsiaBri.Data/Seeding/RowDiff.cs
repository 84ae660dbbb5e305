using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>One row that differs between two versions of a data file, with its fields before and after.</summary>
internal sealed record RowChange(string Key, RevisionKind Kind, IReadOnlyDictionary<string, string>? Old, IReadOnlyDictionary<string, string>? New);

/// <summary>Rows added, changed and removed between two versions of a (valid) data file.</summary>
internal static class RowDiff
{
    /// <summary>The changed rows, and how many rows each version has (each file is parsed once).</summary>
    public static (IReadOnlyList<RowChange> Changes, int RowsBefore, int RowsAfter) Compare(string file, byte[]? before, byte[] after)
    {
        var old = Rows(file, before);
        var next = Rows(file, after);
        var changes = new List<RowChange>();
        foreach (var (key, row) in next)
        {
            if (!old.TryGetValue(key, out var previous))
            {
                changes.Add(new RowChange(key, RevisionKind.Added, null, row));
            }
            else if (!previous.SequenceEqual(row))
            {
                changes.Add(new RowChange(key, RevisionKind.Changed, previous, row));
            }
        }
        changes.AddRange(old.Where(r => !next.ContainsKey(r.Key)).Select(r => new RowChange(r.Key, RevisionKind.Removed, r.Value, null)));
        return (changes, old.Count, next.Count);
    }

    /// <summary>Rows by key: the file's key columns (<see cref="DataFileDescriptor.KeyColumns"/>), otherwise the whole row (join tables).</summary>
    private static Dictionary<string, Dictionary<string, string>> Rows(string file, byte[]? content)
    {
        var rows = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (content is null)
        {
            return rows;
        }
        var (header, records) = DataFiles.ReadRecords(content);
        if (header.Length == 0)
        {
            return rows;
        }
        var keyIndexes = DataFileRegistry.KeyColumns(file, header)?.Select(c => Array.IndexOf(header, c)).ToList();
        var descriptor = DataFileRegistry.Find(file);
        foreach (var record in records)
        {
            // Columns in a fixed order, so a file whose columns were reordered does not count as all changed.
            var fields = header.Select((column, i) => (column, value: i < record.Length ? record[i] : ""))
                .OrderBy(f => f.column, StringComparer.Ordinal).ToDictionary(f => f.column, f => f.value, StringComparer.Ordinal);
            var key = descriptor?.HistoryRowId(fields) is { Length: > 0 } id ? id
                : keyIndexes is not null && keyIndexes.All(i => i >= 0 && i < record.Length)
                ? string.Join('/', keyIndexes.Select(i => record[i]))
                : string.Join(", ", fields.Select(f => $"{f.Key}={f.Value}"));
            rows[key] = fields;
        }
        return rows;
    }
}
