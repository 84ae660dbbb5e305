using Microsoft.AspNetCore.OutputCaching;

namespace CentralAsiaBri.Web.Store;

/// <summary>
/// Output caching of the read pages and downloads. Everything they show comes from the store, which changes
/// only when data is loaded, so a cached response stays right until then: every load evicts the tag.
/// The expiry (one minute) is a backstop, and stays well under the five minutes for which a prerendered
/// interactive component's descriptor is valid, so a cached page can always start its circuit.
/// </summary>
public static class DataCache
{
    public const string PolicyName = "data";
    private const string Tag = "data";

    public static IServiceCollection AddDataCache(this IServiceCollection services) =>
        services.AddOutputCache(options => options.AddPolicy(PolicyName, policy => policy
            .Expire(TimeSpan.FromMinutes(1))
            .SetVaryByQuery("*")
            .Tag(Tag)));

    /// <summary>Forgets every cached page and download; call after the store's content changed.</summary>
    public static ValueTask EvictAsync(IServiceProvider services, CancellationToken cancellationToken = default) =>
        services.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, cancellationToken);
}
