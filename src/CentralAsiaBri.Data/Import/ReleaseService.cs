using System.Globalization;
using System.Text;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Import;

public enum VersionBump
{
    Patch,
    Minor,
    Major,
}

public sealed record ReleaseSummary(string Version, DateTime PublishedAtUtc, string PublishedBy, string Changelog, IReadOnlyList<string> Files);

/// <summary>Citable data releases: numbered, dated snapshots of the store's current files with a generated changelog.</summary>
public sealed class ReleaseService(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, HistoryQueries history, TimeProvider time)
{
    public const string FirstVersion = "1.0.0";

    public Task<IReadOnlyList<ReleaseSummary>> GetReleasesAsync(CancellationToken cancellationToken = default) =>
        SummariesAsync(int.MaxValue, cancellationToken);

    /// <summary>The newest release (every page names it): one row read, not the whole list.</summary>
    public async Task<ReleaseSummary?> GetLatestAsync(CancellationToken cancellationToken = default) =>
        await SummariesAsync(1, cancellationToken) is [var latest] ? latest : null;

    private async Task<IReadOnlyList<ReleaseSummary>> SummariesAsync(int count, CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var releases = await db.Releases.AsNoTracking().OrderByDescending(r => r.Id).Take(count)
            .Select(r => new { r.Version, r.PublishedAtUtc, r.PublishedBy, r.Changelog, Files = r.Files.Select(f => f.Name).ToList() })
            .ToListAsync(cancellationToken);
        return [.. releases.Select(r => new ReleaseSummary(r.Version, r.PublishedAtUtc, r.PublishedBy, r.Changelog, r.Files))];
    }

    /// <summary>The files of a release, by name, or null when there is no such release.</summary>
    public async Task<(ReleaseSummary Release, IReadOnlyDictionary<string, byte[]> Files)?> GetFilesAsync(string version, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var release = await db.Releases.AsNoTracking().Include(r => r.Files).SingleOrDefaultAsync(r => r.Version == version, cancellationToken);
        return release is null
            ? null
            : (new ReleaseSummary(release.Version, release.PublishedAtUtc, release.PublishedBy, release.Changelog, [.. release.Files.Select(f => f.Name)]),
                release.Files.ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal));
    }

    /// <summary>Release 1.0.0 of the data first loaded, so every page can name a release from the start.</summary>
    public async Task EnsureFirstReleaseAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (await db.Releases.AnyAsync(cancellationToken) || !await db.DataFiles.AnyAsync(cancellationToken))
        {
            return;
        }
        try
        {
            await PublishAsync(VersionBump.Major, "seed", cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance published it at the same moment (the version is unique).
        }
    }

    /// <summary>
    /// Publishes the store's current files as the next version; the changelog lists every revision since the
    /// previous release. Returns null when nothing changed since then (a release would be an empty copy).
    /// </summary>
    public async Task<ReleaseSummary?> PublishAsync(VersionBump bump, string publishedBy, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var previous = await db.Releases.AsNoTracking().OrderByDescending(r => r.Id).Select(r => new { r.Version, r.LastRevisionId }).FirstOrDefaultAsync(cancellationToken);
        int lastRevisionId;
        string changelog;
        var files = await db.DataFiles.AsNoTracking().OrderBy(f => f.Name).ToListAsync(cancellationToken);
        if (previous is null)
        {
            // The first release (made at start-up) only counts the rows; no need to read every revision.
            lastRevisionId = await db.Revisions.MaxAsync(r => (int?)r.Id, cancellationToken) ?? 0;
            changelog = $"First release: {await db.Revisions.CountAsync(r => r.Kind == RevisionKind.Added, cancellationToken)} rows in {files.Count} files.";
        }
        else
        {
            var changes = await history.GetSinceAsync(previous.LastRevisionId, cancellationToken);
            if (changes.Count == 0)
            {
                return null;
            }
            lastRevisionId = changes[^1].Id;
            changelog = Changelog(changes);
        }
        var version = previous is null ? FirstVersion : Next(previous.Version, bump);
        var release = new Release
        {
            Version = version,
            PublishedAtUtc = time.GetUtcNow().UtcDateTime,
            PublishedBy = publishedBy,
            LastRevisionId = lastRevisionId,
            Changelog = changelog,
            Files = [.. files.Select(f => new ReleaseFile { Name = f.Name, Content = f.Content })],
        };
        db.Releases.Add(release);
        await db.SaveChangesAsync(cancellationToken);
        return new ReleaseSummary(release.Version, release.PublishedAtUtc, release.PublishedBy, release.Changelog, [.. files.Select(f => f.Name)]);
    }

    public static string Next(string version, VersionBump bump)
    {
        var parts = version.Split('.').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return bump switch
        {
            VersionBump.Major => $"{parts[0] + 1}.0.0",
            VersionBump.Minor => $"{parts[0]}.{parts[1] + 1}.0",
            _ => $"{parts[0]}.{parts[1]}.{parts[2] + 1}",
        };
    }

    /// <summary>One line per changed row: file, row, what changed (old → new), who and when.</summary>
    private static string Changelog(IReadOnlyList<RevisionView> changes)
    {
        var text = new StringBuilder();
        foreach (var file in changes.GroupBy(c => c.File).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{file.Key}: {file.Count(c => c.Kind == RevisionKind.Added)} added, "
                + $"{file.Count(c => c.Kind == RevisionKind.Changed)} changed, {file.Count(c => c.Kind == RevisionKind.Removed)} removed");
            foreach (var change in file)
            {
                var what = change.Kind switch
                {
                    RevisionKind.Changed => string.Join("; ", change.ChangedColumns.Select(c => $"{c}: {change.Old.GetValueOrDefault(c)} → {change.New.GetValueOrDefault(c)}")),
                    RevisionKind.Removed => "removed (" + change.Reason + ")",
                    _ => "added",
                };
                text.AppendLine(CultureInfo.InvariantCulture, $"- {change.RowId}: {what} ({change.ChangedBy}, {change.ChangedAtUtc:yyyy-MM-dd})");
            }
        }
        return text.ToString().TrimEnd();
    }
}
