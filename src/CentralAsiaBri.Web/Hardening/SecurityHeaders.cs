using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace CentralAsiaBri.Web.Hardening;

/// <summary>
/// The security-header policy, on every response (pages, API, files, errors, cached replays). The content
/// security policy allows only this site's own scripts and styles: the one inline script Blazor renders,
/// its import map, is allowed by its SHA-256 hash; style attributes (a chart's height, a map swatch) are allowed,
/// style elements and other origins are not. Framing is refused everywhere.
/// </summary>
public static class SecurityHeaders
{
    private const string ReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
        + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        var sitePolicy = new Lazy<string>(() => SitePolicy(app.Services), LazyThreadSafetyMode.ExecutionAndPublication);
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                // The API reference page (Scalar) configures itself with inline script and styles: its own, looser policy.
                headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(Api.ApiSetup.ReferencePath) ? ReferencePolicy : sitePolicy.Value;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            await next();
        });
    }

    /// <summary>The site's policy, with the hash of the import map exactly as &lt;ImportMap /&gt; renders it.</summary>
    public static string SitePolicy(IServiceProvider services)
    {
        var assets = services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<ResourceAssetCollection>()).FirstOrDefault(a => a is not null);
        var importMap = assets is null ? "" : $" 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ImportMapDefinition.FromResourceCollection(assets).ToString())))}'";
        return $"default-src 'self'; script-src 'self'{importMap}; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    }
}
