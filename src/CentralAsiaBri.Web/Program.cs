using CentralAsiaBri.Data.Faults;
using CentralAsiaBri.Web.Admin;
using CentralAsiaBri.Web.Api;
using CentralAsiaBri.Web.Components;
using CentralAsiaBri.Web.Downloads;
using CentralAsiaBri.Web.Hardening;
using CentralAsiaBri.Web.Localization;
using CentralAsiaBri.Web.Releases;
using CentralAsiaBri.Web.Store;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.HttpOverrides;

// "import FILE..." and "hash-password" are verbs of the same app; everything else starts the web server.
var builder = WebApplication.CreateBuilder(CommandLine.HostArguments(args));

// Serve static assets from the build output in every environment, not only Development: a build (unlike a
// publish) keeps compressed copies outside wwwroot, and without this mapping a browser asking for gzip gets
// an empty body. In a published app the runtime manifest is absent and this does nothing.
builder.WebHost.UseStaticWebAssets();
// No "Server: Kestrel" header: it tells an attacker what to try and a reader nothing.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

builder.AddStore();
builder.AddMaintainerSignIn();
builder.AddOpenDataApi();
builder.Services.AddDataCache();
builder.Services.AddRenderLimiter(builder.Configuration);
builder.Services.AddSiteLocalization();
builder.Services.AddSecurityHeaders();
builder.Services.AddHsts(options => options.MaxAge = TimeSpan.FromDays(365));
// Static server rendering only: every page is plain HTML that can be output-cached, charts draw themselves
// in the browser (ADR-005). No interactive render mode is registered until a component needs one.
builder.Services.AddRazorComponents();
// Pages in Chinese and Russian: write their letters as UTF-8, not as numeric character references (&#x4E2D;),
// which made a Russian page almost twice the size of the English one. Markup characters are still escaped.
builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
    options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));

var app = builder.Build();

if (await CommandLine.RunAsync(app, args) is { } exitCode)
{
    return exitCode;
}

await app.InitialiseStoreAsync();

// Behind a reverse proxy (docs/deployment.md) the client's address and scheme come from X-Forwarded-*, which
// is trusted from loopback proxies by default and from the addresses in Proxy:KnownProxies.
var forwarded = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto };
foreach (var proxy in app.Configuration.GetSection("Proxy:KnownProxies").Get<string[]>() ?? [])
{
    forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
}
app.UseForwardedHeaders(forwarded);
app.UseSecurityHeaders();
static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");
if (!app.Environment.IsDevelopment())
{
    // Pages get the site's error page; the API gets RFC 7807 problem details. A request the server refused
    // (body too large, malformed) keeps its 4xx status instead of becoming a 500.
    // The store out of reach (server down, disk full, lock held) is the machine's fault and passes: 503, with Retry-After.
    static int StatusOf(Exception exception) => exception is BadHttpRequestException bad ? bad.StatusCode
        : StoreFaults.Classify(exception) is not null ? StatusCodes.Status503ServiceUnavailable
        : StatusCodes.Status500InternalServerError;
    app.UseRetryAfterOnUnavailable();
    app.UseWhen(IsApi, api => api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = StatusOf }));
    app.UseWhen(context => !IsApi(context), site => site.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/Error", CreateScopeForErrors = true, StatusCodeSelector = StatusOf,
    }));
    app.UseHsts();
}
app.UseWhen(IsApi, api => api.UseStatusCodePages());
// A page request that found nothing shows the site's "not found" page; other methods keep their bare status.
app.UseWhen(context => !IsApi(context) && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)),
    site => site.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true));
app.UseHttpsRedirection();

// The reader's language is known before routing, so the error and not-found pages are in it too.
app.UseSiteLocalization();
app.UseRouting();
app.UseCors();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseUploadLimit();
app.UseAntiforgery();
app.UseOutputCache();
// Views the cache could not answer are built a few at a time: a flood of new query strings waits (or gets 503), cached pages do not.
app.UseRenderLimiter();
// Pages and downloads are compressed inside the output cache, so a cached page is kept (and replayed) compressed,
// once per encoding asked for (DataCache varies by Accept-Encoding). Not the maintainer pages, whose forms carry
// an antiforgery token beside text the request chose (BREACH), nor the API, whose ETags name the plain body.
app.UseWhen(context => !context.Request.Path.StartsWithSegments("/admin") && !IsApi(context), site => site.UseResponseCompression());

app.MapStaticAssets();
app.MapHealthChecks("/health");
app.MapLanguageSwitch();
app.MapDownloads();
app.MapReleases();
app.MapApi();
app.MapOpenDataApiReference();
app.MapAdmin();
app.MapRazorComponents<App>();

await app.RunAsync();
return 0;
