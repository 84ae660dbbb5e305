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
}
