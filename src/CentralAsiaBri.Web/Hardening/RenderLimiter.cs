using System.ComponentModel.DataAnnotations;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;

namespace CentralAsiaBri.Web.Hardening;

/// <summary>How many views may be built at once (configuration section "Renders"; docs/reliability.md).</summary>
public sealed class RenderLimitOptions
{
    public const string SectionName = "Renders";

    /// <summary>Views built at the same moment; 0 means one per processor core.</summary>
    [Range(0, 1024)]
    public int Concurrent { get; set; }

    /// <summary>Requests that may wait for a turn; past that a view is refused with 503 and Retry-After.</summary>
    [Range(0, 100_000)]
    public int Queue { get; set; } = 200;
}

/// <summary>
/// Builds at most a few views at once. Placed after the output cache, it sees only the requests the cache could
/// not answer: a flood of never-seen query strings then waits its turn (or is refused with 503 once the queue is
/// full) on the processor cores it would otherwise all take, while cached pages keep being served at once.
/// Without it, 64 connections asking for new views took a reader of cached pages from 13,513 to 20 requests/s;
/// with it the reader kept 3,403 (tests/bench/flood.sh, docs/reliability.md).
/// </summary>
public sealed class RenderLimiter : IAsyncDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public RenderLimiter(Microsoft.Extensions.Options.IOptions<RenderLimitOptions> options)
    {
        var value = options.Value;
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = value.Concurrent > 0 ? value.Concurrent : Environment.ProcessorCount,
            QueueLimit = value.Queue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
    }

    public ValueTask<RateLimitLease> AcquireAsync(CancellationToken cancellationToken) => _limiter.AcquireAsync(1, cancellationToken);

    public ValueTask DisposeAsync() => _limiter.DisposeAsync();
}

public static class RenderLimiterSetup
{
    public static IServiceCollection AddRenderLimiter(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<RenderLimitOptions>().Bind(configuration.GetSection(RenderLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<RenderLimiter>();
        return services;
    }

    /// <summary>Call right after UseOutputCache: only cache misses of cacheable views (pages, downloads, API) take a turn.</summary>
    public static IApplicationBuilder UseRenderLimiter(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var endpoint = context.GetEndpoint();
        if (endpoint is null || (endpoint.Metadata.GetMetadata<OutputCacheAttribute>() is null && endpoint.Metadata.GetMetadata<IOutputCachePolicy>() is null))
        {
            await next(context);
            return;
        }
        using var lease = await context.RequestServices.GetRequiredService<RenderLimiter>().AcquireAsync(context.RequestAborted);
        if (!lease.IsAcquired)
        {
            // Too many views waiting: refuse now rather than queue without end. Retry-After is added for every 503.
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return;
        }
        await next(context);
    });
}
