namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// What a file's reader sees: the lookups of its own entity and of the files it declares in
/// <see cref="DataFileDescriptor.References"/>, and nothing else, so an undeclared reference fails every load
/// instead of depending on the read order by chance.
/// </summary>
internal sealed class DataReadContext(DataFileDescriptor file, IReadOnlyDictionary<Type, IRowLookup> lookups)
{
    private readonly HashSet<Type> _visible =
        [file.EntityType, .. file.References.Select(r => DataFileRegistry.Find(r)?.EntityType).OfType<Type>()];

    /// <summary>The file being read.</summary>
    public DataFileDescriptor File { get; } = file;

    public Lookup<T> Lookup<T>()
        where T : class =>
        _visible.Contains(typeof(T))
            ? (Lookup<T>)lookups[typeof(T)]
            : throw new InvalidOperationException($"{File.Name} resolves {typeof(T).Name} rows but does not list their file in its References.");

    /// <summary>Whether a row with this id exists; unknown when its file could not be read (that file's error says why).</summary>
    public bool Known<T>(string id)
        where T : class
    {
        var lookup = Lookup<T>();
        return !lookup.IsComplete || lookup.TryGet(id, out _);
    }
}
