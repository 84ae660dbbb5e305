using Microsoft.AspNetCore.OutputCaching;

namespace CentralAsiaBri.Web.Store;

/// <summary>
/// Output caching of the read pages and downloads. Everything they show comes from the store, which changes
/// only when data is loaded, so a cached response stays right until then: every load evicts the tag.
/// The expiry (one minute) is a backstop.
/// </summary>
public static class DataCache
{
    public const string PolicyName = "data";

    /// <summary>The API's policy: like <see cref="PolicyName"/> but one copy for every language, since the API has none.</summary>
    public const string InvariantPolicyName = "data-invariant";

    private const string Tag = "data";

    /// <summary>The output cache's size limit: 64 MB of pages (a page is 10–60 KB, compressed 3–12 KB).</summary>
    public const long SizeLimitBytes = 64L * 1024 * 1024;

    public static IServiceCollection AddDataCache(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Public pages hold no secret, so compressing them over HTTPS gives BREACH nothing to find.
            options.EnableForHttps = true;
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            options.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            options.MimeTypes = [.. Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes, "text/csv"];
        });
        // The fastest levels: a page is compressed once per cache entry, and most of a phone's wait is bytes, not CPU.
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Fastest);
        services.AddOutputCache(options =>
        {
            // The whole cache's bound (bodies and keys), whatever is asked of it: entries past it are not stored (issue 17).
            options.SizeLimit = SizeLimitBytes;
            // Ids are case-sensitive in the store, so the cache must not treat /projects/X and /projects/x as one page.
            options.UseCaseSensitivePaths = true;
            // One cached copy per language: the culture comes from a cookie or Accept-Language, not only the URL.
            options.AddPolicy(PolicyName, policy => Base(policy)
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name)));
            options.AddPolicy(InvariantPolicyName, policy => Base(policy));
        });
        return services;
    }

    private static OutputCachePolicyBuilder Base(OutputCachePolicyBuilder policy) => policy
        // Blazor's enhanced navigation asks for a framed variant of the page, and a response replayed from
        // the cache comes back with its "blazor-enhanced-nav: allow" header recapitalised, which the
        // browser script rejects (it then falls back to a full load and can lose the navigation). Those
        // requests are rendered every time; full page loads, links opened anew and crawlers hit the cache.
        .With(context => !IsEnhancedNavigation(context.HttpContext.Request))
        .Expire(TimeSpan.FromMinutes(1))
        // Keyed by the view, not the raw query string (ViewStateKey).
        .AddPolicy<ViewStateKey>()
        // Pages are stored as the compression middleware wrote them (Brotli, gzip or plain).
        .SetVaryByHeader("Accept-Encoding")
        .Tag(Tag);

    private static bool IsEnhancedNavigation(HttpRequest request) =>
        request.Headers.Accept.Any(value => value?.Contains("blazor-enhanced-nav=on", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>Forgets every cached page and download; call after the store's content changed.</summary>
    public static ValueTask EvictAsync(IServiceProvider services, CancellationToken cancellationToken = default)
    {
        services.GetService<Localization.TranslationCatalog>()?.Invalidate();
        services.GetService<LatestRelease>()?.Invalidate();
        services.GetService<CentralAsiaBri.Data.Queries.DataLoadCache>()?.Invalidate();
        return services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, cancellationToken);
    }
}
