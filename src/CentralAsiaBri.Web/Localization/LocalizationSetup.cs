using System.Globalization;
using Microsoft.AspNetCore.Localization;

namespace CentralAsiaBri.Web.Localization;

/// <summary>
/// The site's three languages (ADR-016). A reader's language comes from, in order: a <c>culture</c> query
/// parameter (for links and embeds that must open in one language), the culture cookie set by the language
/// switcher, the browser's Accept-Language, and English. Formatting follows the same culture; CSV, JSON and
/// the API always write invariant values.
/// </summary>
public static class LocalizationSetup
{
    /// <summary>English (the data's language), Simplified Chinese, Russian.</summary>
    public static IReadOnlyList<CultureInfo> Cultures { get; } =
        [CultureInfo.GetCultureInfo("en"), CultureInfo.GetCultureInfo("zh-Hans"), CultureInfo.GetCultureInfo("ru")];

    public static CultureInfo Default => Cultures[0];

    public static IServiceCollection AddSiteLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        // The resx lookups, each kept once made (CachingStringLocalizer): the same localizers, without a lock per text.
        services.AddSingleton<Microsoft.Extensions.Localization.ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<Microsoft.Extensions.Localization.IStringLocalizerFactory, CachingStringLocalizerFactory>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Default);
            options.SupportedCultures = [.. Cultures];
            options.SupportedUICultures = [.. Cultures];
            // zh-CN, zh-SG → zh-Hans; ru-KZ, ru-RU → ru; en-GB → en.
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.ApplyCurrentCultureToResponseHeaders = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new CustomRequestCultureProvider(context => Task.FromResult(BareChinese(context.Request))),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
        services.AddSingleton<TranslationCatalog>();
        services.AddScoped<DataText>();
        return services;
    }

    /// <summary>
    /// Sets each request's culture, then (for pages) reads the data's translations before anything renders, so
    /// components can ask for a translated name without waiting.
    /// </summary>
    public static IApplicationBuilder UseSiteLocalization(this IApplicationBuilder app)
    {
        // The API answers in the data's own language whatever the reader's: no culture, no Content-Language.
        app.UseWhen(context => !context.Request.Path.StartsWithSegments("/api"), site => site.UseRequestLocalization());
        app.Use(async (context, next) =>
        {
            // One culture for words and for formats. A cookie may name two ("c=ru|uic=en"), and a page cached for
            // English readers must not carry Russian number formats (the output cache varies by the UI culture).
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture;
            if (IsPageOrDownload(context.Request.Path))
            {
                await context.RequestServices.GetRequiredService<DataText>().LoadAsync();
                // A page's language (and a download's file name) depends on the cookie and Accept-Language, not only
                // its URL: say so to any cache between us and the reader.
                context.Response.OnStarting(() =>
                {
                    if (!context.Response.Headers.Vary.Any(v => v?.Contains("Accept-Language", StringComparison.OrdinalIgnoreCase) == true))
                    {
                        context.Response.Headers.Append(Microsoft.Net.Http.Headers.HeaderNames.Vary, "Accept-Language, Cookie");
                    }
                    return Task.CompletedTask;
                });
            }
            await next();
        });
        return app;
    }

    /// <summary>
    /// Pages (no file extension) and the page downloads (.csv, .json, .zip); not the API, static files, the health check,
    /// the switcher or the framework's scripts, which need no translations.
    /// </summary>
    private static bool IsPageOrDownload(PathString path)
    {
        if (path.StartsWithSegments("/api") || path.StartsWithSegments("/_framework") || path.StartsWithSegments("/lib")
            || path.StartsWithSegments("/health") || path.StartsWithSegments("/language"))
        {
            return false;
        }
        var extension = Path.GetExtension(path.Value ?? "");
        return extension.Length == 0 || extension is ".csv" or ".json" or ".zip";
    }

    /// <summary>
    /// A bare "zh" (or zh-Hans-XX) asks for Chinese without naming a region, and .NET's parent chain never leads
    /// from "zh" to its child zh-Hans: when such an entry is the reader's first language we can serve, it means
    /// Simplified Chinese. Otherwise null, and the stock Accept-Language provider decides. Traditional
    /// (zh-Hant, zh-TW, zh-HK, zh-MO) is not guessed.
    /// </summary>
    private static ProviderCultureResult? BareChinese(HttpRequest request)
    {
        foreach (var language in request.GetTypedHeaders().AcceptLanguage.OrderByDescending(l => l.Quality ?? 1).Select(l => l.Value.Value ?? ""))
        {
            if (language.Equals("zh", StringComparison.OrdinalIgnoreCase) || language.StartsWith("zh-Hans", StringComparison.OrdinalIgnoreCase))
            {
                return new ProviderCultureResult("zh-Hans");
            }
            if (Served(language))
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>Whether a language tag is one of ours or a more specific form of one (en-GB, ru-KZ, zh-CN).</summary>
    private static bool Served(string tag)
    {
        try
        {
            for (var culture = CultureInfo.GetCultureInfo(tag); culture.Name.Length > 0; culture = culture.Parent)
            {
                if (Find(culture.Name) is not null)
                {
                    return true;
                }
            }
        }
        catch (CultureNotFoundException)
        {
        }
        return false;
    }

    /// <summary>The supported culture named <paramref name="name"/> ("zh-Hans", "ru", "en"), or null.</summary>
    public static CultureInfo? Find(string? name) =>
        Cultures.FirstOrDefault(c => string.Equals(c.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// <c>GET /language/{culture}?returnUrl=/path?query</c>: remembers the choice in the culture cookie for a year
    /// and goes back to the page the reader was on, with its query. A plain link, so it works without scripts.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder app)
    {
        app.MapGet("/language/{culture}", (string culture, string? returnUrl, HttpContext context) =>
        {
            if (Find(culture) is not { } chosen)
            {
                return Results.NotFound();
            }
            context.Response.Cookies.Append(CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
                new CookieOptions
                {
                    Expires = DateTimeOffset.UtcNow.AddYears(1), IsEssential = true, SameSite = SameSiteMode.Lax, HttpOnly = true,
                    Secure = context.Request.IsHttps,
                });
            // The framework's own test for a local address (rejects "//host", "/\\host" and control characters).
            return Results.LocalRedirect(Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/");
        }).ExcludeFromDescription();
        return app;
    }

    /// <summary>
    /// The current address without a <c>culture</c> (or <c>ui-culture</c>) query parameter, for the switcher's
    /// return address; the rest of the query is kept byte for byte.
    /// </summary>
    public static string ReturnUrl(Uri uri)
    {
        var kept = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => Uri.UnescapeDataString(pair.Split('=')[0]) is var key
                           && !key.Equals("culture", StringComparison.OrdinalIgnoreCase) && !key.Equals("ui-culture", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return kept.Count == 0 ? uri.AbsolutePath : $"{uri.AbsolutePath}?{string.Join('&', kept)}";
    }
}
