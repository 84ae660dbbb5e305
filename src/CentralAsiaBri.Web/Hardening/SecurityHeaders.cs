using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Components;

namespace CentralAsiaBri.Web.Hardening;

/// <summary>
/// The security-header policy (NetEscapades.AspNetCore.SecurityHeaders), on every response: pages, API,
/// files, errors and cached replays. The content security policy allows only this site's own scripts and
/// styles: the one inline script Blazor renders, its import map, is allowed by its SHA-256 hash; style
/// attributes (a chart's height, a map swatch) are allowed, style elements and other origins are not.
/// Framing is refused everywhere. HSTS comes from UseHsts, outside Development (ADR-010).
/// </summary>
public static class SecurityHeaders
{
    private const string ReferencePolicyName = "api-reference";

    /// <summary>The chart-only pages other sites may frame (issue #10's embeds).</summary>
    public const string EmbedPath = "/embed";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services) =>
        services.AddSecurityHeaderPolicies((policies, provider) =>
        {
            // The site's policy names the import map's hash, known only once every endpoint is mapped: it is
            // computed once, on the first request, and both policies that need it are built then.
            var importMapHash = new Lazy<string?>(() => ImportMapHash(provider), LazyThreadSafetyMode.ExecutionAndPublication);
            var site = new Lazy<HeaderPolicyCollection>(() => SitePolicy(importMapHash.Value, embeddableBy: null), LazyThreadSafetyMode.ExecutionAndPublication);
            // Chart-only pages under /embed may be framed by the sites in Embeds:FrameAncestors (default: any site).
            var ancestors = provider.GetRequiredService<IConfiguration>().GetSection("Embeds:FrameAncestors").Get<string[]>() is { Length: > 0 } list ? list : ["*"];
            var embed = new Lazy<HeaderPolicyCollection>(() => SitePolicy(importMapHash.Value, ancestors), LazyThreadSafetyMode.ExecutionAndPublication);
            policies.AddPolicy(ReferencePolicyName, ReferencePolicy());
            policies.SetPolicySelector(context => context.HttpContext.Request.Path switch
            {
                var path when path.StartsWithSegments(Api.ApiSetup.ReferencePath) => context.ConfiguredPolicies[ReferencePolicyName],
                var path when path.StartsWithSegments(EmbedPath) => embed.Value,
                _ => site.Value,
            });
        });

    private static HeaderPolicyCollection SitePolicy(string? importMapHash, IReadOnlyList<string>? embeddableBy) => Common(new HeaderPolicyCollection(), framed: embeddableBy is not null).AddContentSecurityPolicy(csp =>
    {
        Baseline(csp);
        var script = csp.AddScriptSrc().Self();
        if (importMapHash is not null)
        {
            script.WithHash256(importMapHash);
        }
        csp.AddStyleSrc().Self();
        csp.AddStyleSrcAttr().UnsafeInline();
        csp.AddImgSrc().Self().Data();
        csp.AddFontSrc().Self();
        if (embeddableBy is null)
        {
            csp.AddFrameAncestors().None();
        }
        else
        {
            var frameAncestors = csp.AddFrameAncestors();
            foreach (var source in embeddableBy)
            {
                frameAncestors.From(source);
            }
        }
    });

    /// <summary>Scalar's reference page configures itself with inline script and styles: its own, looser policy.</summary>
    private static HeaderPolicyCollection ReferencePolicy() => Common(new HeaderPolicyCollection()).AddContentSecurityPolicy(csp =>
    {
        Baseline(csp);
        csp.AddScriptSrc().Self().UnsafeInline();
        csp.AddStyleSrc().Self().UnsafeInline();
        csp.AddImgSrc().Self().Data().Blob();
        csp.AddFontSrc().Self().Data();
        csp.AddWorkerSrc().Self().Blob();
        csp.AddFrameAncestors().None();
    });

    /// <summary>What every policy of the site shares: only this origin, no plugins, no base or form targets elsewhere.</summary>
    private static void Baseline(CspBuilder csp)
    {
        csp.AddDefaultSrc().Self();
        csp.AddConnectSrc().Self();
        csp.AddObjectSrc().None();
        csp.AddBaseUri().Self();
        csp.AddFormAction().Self();
    }

    private static HeaderPolicyCollection Common(HeaderPolicyCollection policy, bool framed = false) => (framed ? policy : policy.AddFrameOptionsDeny())
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(coop => coop.SameOrigin())
        .AddPermissionsPolicy(permissions =>
        {
            permissions.AddCamera().None();
            permissions.AddMicrophone().None();
            permissions.AddGeolocation().None();
            permissions.AddPayment().None();
            permissions.AddUsb().None();
        });

    /// <summary>The base64 SHA-256 of the import map exactly as &lt;ImportMap /&gt; renders it, or null without one.</summary>
    public static string? ImportMapHash(IServiceProvider services)
    {
        var assets = services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<ResourceAssetCollection>()).FirstOrDefault(a => a is not null);
        return assets is null
            ? null
            : Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(ImportMapDefinition.FromResourceCollection(assets).ToString())));
    }
}
