using System.Globalization;

namespace CentralAsiaBri.Web.Hardening;

/// <summary>How the site answers while its store is out of reach (docs/reliability.md).</summary>
public static class StoreOutage
{
    /// <summary>Seconds a client is asked to wait after a 503 that did not say otherwise.</summary>
    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// Every 503 tells the client when to come back (Retry-After), whichever part of the app produced it: the
    /// exception handler's error page, the API's problem details, the health probe. Registered before the
    /// exception handlers, whose response clearing keeps this callback.
    /// </summary>
    public static IApplicationBuilder UseRetryAfterOnUnavailable(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            if (response.StatusCode == StatusCodes.Status503ServiceUnavailable && !response.Headers.ContainsKey("Retry-After"))
            {
                response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
                // An outage's answer must not be kept by a cache in front of the site.
                response.Headers.CacheControl = "no-store";
            }
            return Task.CompletedTask;
        });
        return next(context);
    });
}
