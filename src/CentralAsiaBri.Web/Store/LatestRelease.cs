using CentralAsiaBri.Data.Faults;
using CentralAsiaBri.Data.Import;

namespace CentralAsiaBri.Web.Store;

/// <summary>
/// The latest data release, which the footer of every page names: read from the store at most once a minute
/// (the output cache's own expiry, so another instance's publication shows as soon as its pages would) and
/// forgotten at once when this instance loads data or publishes (<see cref="DataCache.EvictAsync"/>).
/// </summary>
public sealed class LatestRelease(ReleaseService releases, TimeProvider time)
{
    private static readonly TimeSpan s_maxAge = TimeSpan.FromMinutes(1);

    private sealed record Entry(Task<ReleaseSummary?> Read, DateTimeOffset At);

    private Entry? _cached;

    private ReleaseSummary? _lastRead;

    /// <summary>
    /// The latest release; while the store is out of reach, the last one read (or none), so the footer of the
    /// site's own "unavailable" page can still be drawn.
    /// </summary>
    public async Task<ReleaseSummary?> GetAsync()
    {
        var now = time.GetUtcNow();
        Task<ReleaseSummary?> read;
        if (Volatile.Read(ref _cached) is { } cached && now - cached.At < s_maxAge && !cached.Read.IsFaulted)
        {
            read = cached.Read;
        }
        else
        {
            read = releases.GetLatestAsync();
            Volatile.Write(ref _cached, new Entry(read, now));
        }
        try
        {
            return _lastRead = await read;
        }
        catch (Exception ex) when (StoreFaults.Classify(ex) is not null)
        {
            return _lastRead;
        }
    }

    public void Invalidate() => Volatile.Write(ref _cached, null);
}
