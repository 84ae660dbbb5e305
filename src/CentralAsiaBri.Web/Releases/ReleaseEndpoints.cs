using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Web.Store;

namespace CentralAsiaBri.Web.Releases;

public static class ReleaseEndpoints
{
    public static IEndpointRouteBuilder MapReleases(this IEndpointRouteBuilder app)
    {
        app.MapGet("/data/releases/{version}.zip", async (string version, HttpRequest request, ReleaseService releases, ResolvedStoreOptions store,
            Microsoft.Extensions.Localization.IStringLocalizer<Components.Pages.Data.DataPageText> text, CancellationToken cancellationToken) =>
        {
            if (await releases.GetFilesAsync(version, cancellationToken) is not { } release)
            {
                return Results.NotFound();
            }
            var dictionaryPath = Path.Combine(store.DataDirectory, "README.md");
            var dictionary = File.Exists(dictionaryPath) ? await File.ReadAllTextAsync(dictionaryPath, cancellationToken) : "";
            var homepage = $"{request.Scheme}://{request.Host}{request.PathBase}/";
            return Results.File(DataPackage.Zip(release.Release, release.Files, dictionary, homepage), "application/zip",
                // The package is the same in every language; its file name follows the reader's, like the page's link.
                text["ReleaseFileName", release.Release.Version].Value);
        }).CacheOutput(DataCache.PolicyName).WithTags("Page downloads").WithSummary("A data release as a Frictionless data package (zip)");
        return app;
    }
}
