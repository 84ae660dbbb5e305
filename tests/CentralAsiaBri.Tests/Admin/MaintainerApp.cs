using System.Net;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Admin;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CentralAsiaBri.Tests.Admin;

/// <summary>The app with one maintainer account (its hash made at run time: no password is stored anywhere) and a small upload limit.</summary>
public sealed class MaintainerApp : AppFactory
{
    public const string Name = "ada";
    public const string Password = "correct horse battery staple";
    public const int UploadLimit = 128 * 1024;

    private static readonly string s_hash = MaintainerCredentials.Hash(Password);

    /// <summary>
    /// Half a minute before midnight UTC of the day the test runs (cookies stay valid for the client, whose
    /// cookie jar uses the real clock), standing still unless a test advances it.
    /// </summary>
    public override Microsoft.Extensions.Time.Testing.FakeTimeProvider Time { get; } =
        new(new DateTimeOffset(DateTime.UtcNow.Date.AddDays(1).AddSeconds(-30), TimeSpan.Zero));

    protected override IReadOnlyDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Maintainers:Accounts:0:Name"] = Name,
        ["Maintainers:Accounts:0:PasswordHash"] = s_hash,
        ["Import:MaxUploadBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:SignInPermitLimit"] = "10000",
    };

    /// <summary>A client that keeps cookies, does not follow redirects and asks for HTML, as a browser does.</summary>
    public HttpClient CreateBrowserClient()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    /// <summary>Fills the sign-in form as a browser would (its antiforgery token included) and posts it.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string name, string password, string returnUrl = "/admin")
    {
        var url = $"/admin/sign-in?ReturnUrl={Uri.EscapeDataString(returnUrl)}";
        var fields = await FormFieldsAsync(client, url, "form");
        fields[fields.Keys.Single(k => k.EndsWith("Name", StringComparison.Ordinal))] = name;
        fields[fields.Keys.Single(k => k.EndsWith("Password", StringComparison.Ordinal))] = password;
        return await client.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    public async Task<HttpClient> SignedInClientAsync()
    {
        var client = CreateBrowserClient();
        var response = await SignInAsync(client, Name, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>The named inputs of the first form matching <paramref name="selector"/> on a page.</summary>
    public static async Task<Dictionary<string, string>> FormFieldsAsync(HttpClient client, string url, string selector)
    {
        var document = new HtmlParser().ParseDocument(await client.GetStringAsync(url));
        var form = document.QuerySelector(selector) ?? throw new InvalidOperationException($"No {selector} on {url}");
        return form.QuerySelectorAll("input[name]").Where(i => i.GetAttribute("type") != "file" && (i.GetAttribute("type") != "radio" || i.HasAttribute("checked")))
            .ToDictionary(i => i.GetAttribute("name")!, i => i.GetAttribute("value") ?? "");
    }

    /// <summary>The hidden fields of the admin page's import form (its antiforgery token).</summary>
    public static Task<Dictionary<string, string>> ImportFormFieldsAsync(HttpClient client) => FormFieldsAsync(client, "/admin", "form[action='admin/import']");

    /// <summary>Uploads files through the admin page's form, with its antiforgery token unless told otherwise.</summary>
    /// <remarks><paramref name="formFields"/>: the form's fields read earlier (<see cref="ImportFormFieldsAsync"/>); read from /admin now if null.</remarks>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient client, IEnumerable<(string Name, byte[] Content)> files, bool withToken = true, bool wantJson = false,
        IReadOnlyDictionary<string, string>? formFields = null)
    {
        using var form = new MultipartFormDataContent();
        if (withToken)
        {
            var fields = formFields ?? await ImportFormFieldsAsync(client);
            foreach (var (key, value) in fields)
            {
                form.Add(new StringContent(value), key);
            }
        }
        foreach (var (name, content) in files)
        {
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
            form.Add(part, "files", name);
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, "/admin/import") { Content = form };
        if (wantJson)
        {
            request.Headers.Accept.ParseAdd("application/json");
        }
        return await client.SendAsync(request);
    }
}
