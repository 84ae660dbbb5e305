using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Parser;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Hardening;

public sealed class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/projects?country=KZ")]
    [InlineData("/api/v1/countries")]
    [InlineData("/api/v1/projects.csv")]
    [InlineData("/no-such-page")]
    [InlineData("/app.css")]
    [InlineData("/health")]
    public async Task Every_response_carries_the_security_headers(string url)
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task The_policy_allows_the_pages_own_scripts_and_no_other_inline_script()
    {
        using var client = app.CreateClient();

        var response = await client.GetAsync("/trade");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        var scriptSource = string.Join(";", response.Headers.GetValues("Content-Security-Policy")).Split(';')
            .Select(d => d.Trim()).Single(d => d.StartsWith("script-src ", StringComparison.Ordinal));
        Assert.DoesNotContain("unsafe-inline", scriptSource, StringComparison.Ordinal);
        var inline = document.QuerySelectorAll("script:not([src])").ToList();
        // The import map is the only inline script, and the policy names its exact hash.
        var importMap = Assert.Single(inline);
        Assert.Equal("importmap", importMap.GetAttribute("type"));
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(importMap.TextContent)));
        Assert.Contains($"'sha256-{hash}'", scriptSource, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("style"));
    }

    [Fact]
    public async Task Https_responses_outside_development_ask_for_a_year_of_hsts()
    {
        using var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://dashboard.example/") });

        var response = await client.GetAsync("/");

        Assert.Equal("max-age=31536000", response.Headers.GetValues("Strict-Transport-Security").Single());
    }

    [Theory]
    [InlineData("/embed/trade?countries=KZ")]
    [InlineData("/embed/indicators/trade-value?events=on")]
    public async Task Only_the_chart_only_embed_pages_may_be_framed_by_other_sites(string embed)
    {
        using var client = app.CreateClient();

        var framed = await client.GetAsync(embed);
        var site = await client.GetAsync("/trade?countries=KZ");

        Assert.Equal(System.Net.HttpStatusCode.OK, framed.StatusCode);
        Assert.EndsWith("frame-ancestors *", framed.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.False(framed.Headers.Contains("X-Frame-Options"));
        Assert.Contains("frame-ancestors 'none'", site.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("DENY", site.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public async Task The_embed_snippet_keeps_the_view_of_the_page()
    {
        using var client = app.CreateClient();

        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/trade?countries=KZ,KG&flow=exports&events=on"));
        var snippet = new HtmlParser().ParseFragment(page.QuerySelector("[data-testid=embed] code")!.TextContent, page.Body!).OfType<AngleSharp.Dom.IElement>().Single();

        Assert.Equal("iframe", snippet.LocalName, ignoreCase: true);
        Assert.Equal("http://localhost/embed/trade?countries=KZ,KG&flow=exports&events=on", snippet.GetAttribute("src"));
        Assert.False(string.IsNullOrWhiteSpace(snippet.GetAttribute("title")));
    }
}
