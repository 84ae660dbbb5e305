using System.Collections;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>A <see cref="Lookup{T}"/> seen without its type: what the loader needs to check lengths and build the dataset.</summary>
internal interface IRowLookup
{
    Type EntityType { get; }

    bool IsComplete { get; set; }

    /// <summary>Every row with the file and line it came from.</summary>
    IEnumerable<(object Row, string File, int Line)> UntypedEntries { get; }

    /// <summary>The rows, in the order they were read, as a <see cref="List{T}"/> of the entity.</summary>
    IList ToList();
}

/// <summary>The rows of one entity by id (from one file or more), for resolving references to them from other rows.</summary>
internal sealed class Lookup<T>(string what, string file) : IRowLookup
    where T : class
{
    private readonly Dictionary<string, (T Row, string File, int Line)> _rows = new(StringComparer.Ordinal);

    /// <summary>What a row is called in messages ("country", "pillar").</summary>
    public string What { get; } = what;

    /// <summary>The file(s) the rows come from, for messages.</summary>
    public string File { get; } = file;

    /// <summary>False when the file could not be read row by row (missing, or a wrong header).</summary>
    public bool IsComplete { get; set; } = true;

    public IEnumerable<T> Rows => _rows.Values.Select(r => r.Row);

    /// <summary>Every row with the file and line it came from.</summary>
    public IEnumerable<(T Row, string File, int Line)> Entries => _rows.Values;

    public int Count => _rows.Count;

    public Type EntityType => typeof(T);

    public IEnumerable<(object Row, string File, int Line)> UntypedEntries => _rows.Values.Select(r => ((object)r.Row, r.File, r.Line));

    public IList ToList() => Rows.ToList();

    public bool TryGet(string id, out T row)
    {
        var found = _rows.TryGetValue(id, out var entry);
        row = entry.Row;
        return found;
    }

    /// <summary>Adds a row; a second row with the same id is an error on that row.</summary>
    public void Add(string id, T row, CsvRow source, string column = "id")
    {
        if (id.Length == 0)
        {
            return;
        }
        if (_rows.TryGetValue(id, out var first))
        {
            var where = first.File == source.File ? $"line {first.Line}" : $"{first.File} line {first.Line}";
            source.Error(column, $"duplicate id '{id}' (first used on {where})");
            return;
        }
        _rows.Add(id, (row, source.File, source.Line));
    }
}
