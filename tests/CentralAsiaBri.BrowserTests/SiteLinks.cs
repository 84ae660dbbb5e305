using System.Text.Json;
using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

/// <summary>The links of a page that crawling tests follow.</summary>
public static class SiteLinks
{
    /// <summary>
    /// The pages of this site a page links to: not downloads (.csv, .json, .zip), not the API (its reference is
    /// Scalar's own page, which ApiReferenceTests checks), and not the language switcher, which changes the
    /// language of every later page (LanguageTests switches on purpose).
    /// </summary>
    public static async Task<IReadOnlyList<Uri>> PagesLinkedFromAsync(IPage page, Uri origin)
    {
        var hrefs = await page.EvaluateAsync<JsonElement>("() => Array.from(document.querySelectorAll('a[href]'), a => new URL(a.getAttribute('href'), document.baseURI).href)");
        return [.. hrefs.EnumerateArray()
            .Select(h => Uri.TryCreate(h.GetString(), UriKind.Absolute, out var uri) ? uri : null)
            .OfType<Uri>()
            .Where(uri => uri.Authority == origin.Authority
                && !uri.AbsolutePath.EndsWith(".csv", StringComparison.Ordinal) && !uri.AbsolutePath.EndsWith(".json", StringComparison.Ordinal)
                && !uri.AbsolutePath.EndsWith(".zip", StringComparison.Ordinal)
                && !uri.AbsolutePath.StartsWith("/api/", StringComparison.Ordinal)
                && !uri.AbsolutePath.StartsWith("/language/", StringComparison.Ordinal))];
    }

    /// <summary>A page's shape: its path with the last segment as * when it has several (/projects/* for every project page).</summary>
    public static string Shape(string path)
    {
        var segments = path.Trim('/').Split('/');
        return segments.Length == 1 ? segments[0] : $"{string.Join('/', segments[..^1])}/*";
    }
}
