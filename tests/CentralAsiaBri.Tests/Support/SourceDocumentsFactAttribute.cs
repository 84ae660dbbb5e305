namespace CentralAsiaBri.Tests.Support;

/// <summary>
/// A test that reads the two source documents, which live beside the repository in <c>../shared/seeds</c> on
/// every machine of the project (and in CI). A clone without that folder reports the test as skipped, with the
/// reason, instead of failing.
/// </summary>
public sealed class SourceDocumentsFactAttribute : FactAttribute
{
    /// <summary>The folder of the source documents, or null when the clone has no <c>../shared/seeds</c>.</summary>
    public static string? SeedsDirectory { get; } = FindSeedsDirectory();

    public SourceDocumentsFactAttribute()
    {
        if (SeedsDirectory is null)
        {
            Skip = "needs the source documents in ../shared/seeds beside the repository, which this clone does not have";
        }
    }

    private static string? FindSeedsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CentralAsiaBri.sln")))
            {
                var seeds = Path.Combine(dir.FullName, "..", "shared", "seeds");
                return Directory.Exists(seeds) && Directory.EnumerateFiles(seeds, "*.txt").Any() ? Path.GetFullPath(seeds) : null;
            }
        }
        return null;
    }
}
