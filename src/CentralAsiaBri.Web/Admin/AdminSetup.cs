using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CentralAsiaBri.Web.Admin;

/// <summary>Sign-in for maintainers (an authentication cookie) and the policy every admin endpoint requires.</summary>
public static class AdminSetup
{
    public const string Policy = "maintainer";
    public const string MaintainerRole = "maintainer";
    public const string SignInPath = "/admin/sign-in";

    public static WebApplicationBuilder AddMaintainerSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<MaintainerOptions>().Bind(builder.Configuration.GetSection(MaintainerOptions.SectionName))
            .Validate(o => o.Accounts.All(a => a.Name.Length > 0 && a.PasswordHash.Length > 0), "every Maintainers:Accounts entry needs a Name and a PasswordHash")
            .ValidateOnStart();
        builder.Services.AddOptions<ImportOptions>().Bind(builder.Configuration.GetSection(ImportOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<MaintainerCredentials>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(options =>
            {
                options.LoginPath = SignInPath;
                options.Cookie.Name = "cab-maintainer";
                options.Cookie.HttpOnly = true;
                options.Cookie.SameSite = SameSiteMode.Strict;
                // Secure whenever the request is HTTPS (behind a TLS proxy, through X-Forwarded-Proto); HSTS keeps
                // browsers from ever asking over plain HTTP once they have seen the site over HTTPS.
                options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                options.ExpireTimeSpan = TimeSpan.FromHours(8);
                options.SlidingExpiration = true;
                // A browser asking for a page is sent to the sign-in form; anything else (a script, a POST) gets a plain 401.
                options.Events.OnRedirectToLogin = context =>
                {
                    if (IsPageRequest(context.Request))
                    {
                        context.Response.Redirect(context.RedirectUri);
                    }
                    else
                    {
                        Refuse(context.HttpContext, StatusCodes.Status401Unauthorized);
                    }
                    return Task.CompletedTask;
                };
                options.Events.OnValidatePrincipal = async context =>
                {
                    var credentials = context.HttpContext.RequestServices.GetRequiredService<MaintainerCredentials>();
                    var now = context.HttpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
                    if (context.Principal is null || !credentials.IsCurrent(context.Principal, now))
                    {
                        context.RejectPrincipal();
                        await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
                    }
                };
                options.Events.OnRedirectToAccessDenied = context =>
                {
                    Refuse(context.HttpContext, StatusCodes.Status403Forbidden);
                    return Task.CompletedTask;
                };
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.RequireAuthenticatedUser().RequireRole(MaintainerRole));
        return builder;
    }

    /// <summary>A bare 401/403: the site's "not found" page must not be rendered in its place.</summary>
    private static void Refuse(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        if (context.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } statusPages)
        {
            statusPages.Enabled = false;
        }
    }

    private static bool IsPageRequest(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>A return address the sign-in may send the browser to: a path on this site (the framework's test), nothing else.</summary>
    public static string LocalReturnUrl(string? returnUrl) =>
        Microsoft.AspNetCore.Http.HttpResults.RedirectHttpResult.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";
}

/// <summary>Upload limits (configuration section "Import").</summary>
public sealed class ImportOptions
{
    public const string SectionName = "Import";

    /// <summary>The largest request an upload may be, in bytes; larger ones get 413. Default 4 MiB (all of data/ is about 0.2 MiB).</summary>
    [System.ComponentModel.DataAnnotations.Range(1024L, 1L << 30)]
    public long MaxUploadBytes { get; set; } = 4 * 1024 * 1024;
}
