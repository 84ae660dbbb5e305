namespace CentralAsiaBri.Data.Seeding;

/// <summary>Where the reader finds the data files: a folder (data/ at start-up) or files held in memory (an import).</summary>
public interface IDataFileSource
{
    /// <summary>Says where the files come from, for error messages ("missing from …").</summary>
    string Description { get; }

    /// <summary>The file's bytes, or null when the source has no file of that name.</summary>
    byte[]? Read(string name);
}

/// <summary>The data files of a folder.</summary>
public sealed class DirectoryFileSource(string directory) : IDataFileSource
{
    public string Description => directory;

    public byte[]? Read(string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }
}

/// <summary>Data files held in memory, by name.</summary>
public sealed class MemoryFileSource(IReadOnlyDictionary<string, byte[]> files, string description) : IDataFileSource
{
    public string Description => description;

    public byte[]? Read(string name) => files.TryGetValue(name, out var bytes) ? bytes : null;
}
