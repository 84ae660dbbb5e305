namespace CentralAsiaBri.Data.Queries;

/// <summary>
/// Results that stay right until the next data load, read once and shared by every request: the projects' filter
/// index, the whole timeline, the reporters, an indicator's lines for all goods. The store changes only when data is
/// loaded, and every load calls <see cref="Invalidate"/> (with the output cache's eviction, in this process and, through
/// the change watcher, in every other instance). Keys are a fixed, small set (one per query and id of a stored thing),
/// so the cache cannot grow with what readers ask (issue 17).
/// </summary>
public sealed class DataLoadCache
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Task<object>> _entries = new(StringComparer.Ordinal);

    /// <summary>Forgets everything; the next request reads the store again.</summary>
    public void Invalidate()
    {
        lock (_gate)
        {
            _entries.Clear();
        }
    }

    /// <summary>The result under <paramref name="key"/>, read by <paramref name="read"/> the first time (a failed read is not kept).</summary>
    public async Task<T> GetOrAddAsync<T>(string key, Func<Task<T>> read)
        where T : class
    {
        Task<object> entry;
        lock (_gate)
        {
            if (!_entries.TryGetValue(key, out entry!) || entry.IsFaulted || entry.IsCanceled)
            {
                entry = Box(read());
                _entries[key] = entry;
            }
        }
        return (T)await entry;
    }

    private static async Task<object> Box<T>(Task<T> task)
        where T : class => await task;

    /// <summary>
    /// A store of rows by key under <paramref name="key"/>, dropped with the rest at the next load: for rows that views
    /// read by key (a page of figures, their last changes), so a new view mostly finds rows an earlier one read.
    /// </summary>
    public Task<KeptRows<T>> RowsAsync<T>(string key, int limit) => GetOrAddAsync(key, () => Task.FromResult(new KeptRows<T>(limit)));
}

/// <summary>
/// Answers by key, forgotten all at once after <c>limit</c> additions, so what readers ask cannot grow it without bound
/// (a dictionary's Count would take all its locks, so the additions are counted apart).
/// </summary>
public sealed class KeptRows<T>(int limit)
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, T> _items = new(StringComparer.Ordinal);
    private int _added;

    public bool TryGet(string key, out T value) => _items.TryGetValue(key, out value!);

    /// <summary>Keeps <paramref name="value"/> under <paramref name="key"/>, or returns what is already kept there.</summary>
    public T Keep(string key, T value)
    {
        if (_items.TryGetValue(key, out var kept))
        {
            return kept;
        }
        if (Interlocked.Increment(ref _added) > limit)
        {
            _items.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        return _items.GetOrAdd(key, value);
    }

    /// <summary>
    /// The rows of <paramref name="keys"/>: those kept, and the others read by <paramref name="read"/> (once, together) and
    /// kept. A key <paramref name="read"/> does not return is left out.
    /// </summary>
    public async Task<List<T>> GetOrReadAsync(IReadOnlyList<string> keys, Func<T, string> keyOf, Func<List<string>, Task<IEnumerable<T>>> read)
    {
        var found = new Dictionary<string, T>(StringComparer.Ordinal);
        var missing = new List<string>();
        foreach (var key in keys)
        {
            if (TryGet(key, out var value))
            {
                found[key] = value;
            }
            else
            {
                missing.Add(key);
            }
        }
        if (missing.Count > 0)
        {
            foreach (var row in await read(missing))
            {
                found[keyOf(row)] = Keep(keyOf(row), row);
            }
        }
        return [.. keys.Where(found.ContainsKey).Select(k => found[k])];
    }
}
