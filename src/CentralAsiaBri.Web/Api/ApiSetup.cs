using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.Json;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Scalar.AspNetCore;

namespace CentralAsiaBri.Web.Api;

/// <summary>Rate limits (configuration section "RateLimits", checked at start-up): requests per client address per window.</summary>
public sealed class RateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>API requests per address per window (default 300 per minute: a script paging through everything stays far below).</summary>
    [Range(1, int.MaxValue)]
    public int ApiPermitLimit { get; set; } = 300;

    [Range(1, int.MaxValue)]
    public int ApiWindowSeconds { get; set; } = 60;

    /// <summary>Sign-in page requests per address per window (default 20 per 5 minutes), to slow password guessing.</summary>
    [Range(1, int.MaxValue)]
    public int SignInPermitLimit { get; set; } = 20;

    [Range(1, int.MaxValue)]
    public int SignInWindowSeconds { get; set; } = 300;
}

/// <summary>The API's plumbing: OpenAPI document and reference page, problem details, rate limits and CORS.</summary>
public static class ApiSetup
{
    public const string ApiPolicy = "api";
    public const string SignInPolicy = "sign-in";
    public const string CorsPolicy = "public-read";
    public const string ReferencePath = "/api/docs";

    public static WebApplicationBuilder AddOpenDataApi(this WebApplicationBuilder builder)
    {
        var limits = builder.Configuration.GetSection(RateLimitOptions.SectionName).Get<RateLimitOptions>() ?? new RateLimitOptions();
        builder.Services.AddOptions<RateLimitOptions>().Bind(builder.Configuration.GetSection(RateLimitOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            // The framework's validation names an error by its property ("PageSize", dotnet/aspnetcore#61764);
            // the API names it as the query string does ("pageSize").
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                validation.Errors = validation.Errors.ToDictionary(e => JsonNamingPolicy.CamelCase.ConvertName(e.Key), e => e.Value, StringComparer.Ordinal);
            }
        });
        // .NET 10's minimal-API validation: the data annotations on endpoint parameters (PageQuery's [Range]s)
        // are checked before the handler runs, and a failure is a 400 validation problem (RFC 7807).
        builder.Services.AddValidation();
        builder.Services.AddOpenApi("v1", options =>
        {
            // The API and the pages' download links; not the HTML pages, the admin area or the health probe.
            options.ShouldInclude = description => description.RelativePath is { } path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.EndsWith("data.csv", StringComparison.Ordinal) || path.EndsWith("data.json", StringComparison.Ordinal)
                    || path.StartsWith("data/releases/", StringComparison.Ordinal));
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "CentralAsiaBri open data API";
                document.Info.Version = "v1";
                document.Info.Description = "China–Central Asia cooperation data: indicators and their observations, cooperation projects, "
                    + "timeline events and the framework that organises them; trade by reporter from customs, statistics offices and the IMF "
                    + "(DOTS, IMTS) or UN Comtrade, AidData's projects and regions, sums of AEI's investment tracker (not its deals), and the "
                    + "documents' claims tested against the data. Every record carries its sources, and a source's terms travel with its "
                    + "figures; qualifiers (>, ≈, <) and estimate flags are data. "
                    + "Read-only and free to use; please cite the sources. Responses carry ETags (send If-None-Match); "
                    + $"each address may make {limits.ApiPermitLimit} requests per {limits.ApiWindowSeconds} s (429 with Retry-After past that).";
                return Task.CompletedTask;
            });
        });
        builder.Services.AddCors(options => options.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin().WithMethods("GET").WithExposedHeaders("ETag", "Link", "Retry-After")));
        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApiPolicy, context => FixedWindow(context, limits.ApiPermitLimit, limits.ApiWindowSeconds));
            options.AddPolicy(SignInPolicy, context => FixedWindow(context, limits.SignInPermitLimit, limits.SignInWindowSeconds));
            options.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                context.HttpContext.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                var written = await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().TryWriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"Please wait {retryAfter} s before the next request.",
                    },
                });
                if (!written)
                {
                    await context.HttpContext.Response.WriteAsync($"Too many requests: please wait {retryAfter} s.", cancellationToken);
                }
            };
        });
        return builder;
    }

    /// <summary>One window of requests per client address.</summary>
    private static RateLimitPartition<string> FixedWindow(HttpContext context, int permits, int seconds) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientKey(context.Connection.RemoteIpAddress), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = TimeSpan.FromSeconds(seconds),
            QueueLimit = 0,
        });

    /// <summary>
    /// Whose requests count together: an IPv4 address, or an IPv6 /64 network (one subscriber usually holds a
    /// whole /64, and a per-address limit would let it use every address in it as a fresh client).
    /// </summary>
    public static string ClientKey(System.Net.IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new System.Net.IPAddress(bytes) + "/64";
    }

    public static IEndpointRouteBuilder MapOpenDataApiReference(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi("/openapi/{documentName}.json").CacheOutput(Store.DataCache.PolicyName);
        // Scalar serves its page and script from the package itself (no CDN); fonts are the system's.
        // Its telemetry, AI agent, developer toolbar and .NET advert are off: the page documents our API, nothing else.
        app.MapScalarApiReference(ReferencePath, options =>
        {
            options.WithTitle("CentralAsiaBri open data API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .DisableDefaultFonts();
            options.Telemetry = false;
            options.DotNetFlag = false;
            options.ShowDeveloperTools = DeveloperToolsVisibility.Never;
            options.Agent = new ScalarAgentOptions { Disabled = true };
        });
        return app;
    }
}
