using System.Text;
using System.Text.RegularExpressions;
using CentralAsiaBri.Data.Queries;
using Markdig;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace CentralAsiaBri.Web.Content;

/// <summary>
/// Turns a text from the data (Markdown allowed, raw HTML not) into HTML, linking the first mention of each
/// glossary term to its entry. One per request; each language's pattern of terms is built once per data load
/// (<see cref="DataLoadCache"/>), however many texts and requests use it: built per request, it was an eighth of an
/// uncached indicator page (issue 17).
/// </summary>
public sealed class GlossaryLinker(ContentQueries queries, Localization.DataText dataText, DataLoadCache cache)
{
    private static readonly MarkdownPipeline s_pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    private readonly Dictionary<string, GlossaryPattern> _glossary = new(StringComparer.Ordinal);

    /// <summary>The glossary's terms and aliases in one language, as one pattern, and the term each alias names.</summary>
    private sealed record GlossaryPattern(Regex Pattern, Dictionary<string, string> TermByAlias);

    /// <summary>
    /// Markdown to HTML with glossary links; <paramref name="except"/> is the term not to link (on its own entry).
    /// Terms are found in the reader's language (the translated terms and aliases), or in English when
    /// <paramref name="language"/> says the text is the English original.
    /// </summary>
    public async Task<string> ToHtmlAsync(string markdown, string? except = null, bool inline = false, string? language = null)
    {
        language ??= Localization.DataText.Language;
        if (!_glossary.TryGetValue(language, out var glossary))
        {
            // Keyed by language only: the translations are data too, so the next load drops the pattern with them.
            var forLanguage = language;
            _glossary[language] = glossary = await cache.GetOrAddAsync("glossary-pattern:" + language, () => LoadAsync(forLanguage));
        }
        var (pattern, termByAlias) = glossary;
        var linked = new StringBuilder();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var last = 0;
        foreach (Match match in pattern.Matches(markdown))
        {
            var termId = termByAlias[match.Value];
            if (termId == except || !seen.Add(termId) || InsideLink(markdown, match.Index))
            {
                continue;
            }
            linked.Append(markdown, last, match.Index - last).Append('[').Append(match.Value).Append("](glossary#").Append(termId).Append(')');
            last = match.Index + match.Length;
        }
        linked.Append(markdown, last, markdown.Length - last);
        var html = Render(linked.ToString());
        // A one-paragraph text inside a sentence or a list item needs no <p>.
        return inline && html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    /// <summary>Markdown to HTML; a link whose target is not http(s), mailto or a path on this site loses its target.</summary>
    private static string Render(string markdown)
    {
        var document = Markdown.Parse(markdown, s_pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!IsSafeUrl(link.Url))
            {
                link.Url = "";
            }
        }
        // Autolinks (<scheme:...>) are parsed even with raw HTML disabled.
        foreach (var autolink in document.Descendants<AutolinkInline>())
        {
            if (!IsSafeUrl(autolink.Url))
            {
                autolink.Url = "";
            }
        }
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        s_pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    private static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && !url.StartsWith('/'))
        {
            return uri.Scheme is "http" or "https" or "mailto";
        }
        // Relative: a path or anchor on this site, with no scheme hidden behind whitespace or entities, and not
        // a protocol-relative "//host" or "\\host" that would leave the site.
        return !url.Contains(':', StringComparison.Ordinal) && !url.StartsWith("//", StringComparison.Ordinal)
            && !url.StartsWith(@"\\", StringComparison.Ordinal) && !url.StartsWith(@"/\", StringComparison.Ordinal);
    }

    private IReadOnlyList<GlossaryEntry>? _terms;

    private async Task<GlossaryPattern> LoadAsync(string language)
    {
        // One read of the glossary per request that builds a pattern, whichever languages its texts are in (an English
        // fallback on a Chinese page needs the English aliases too).
        var terms = _terms ??= await queries.GetGlossaryAsync();
        var termByAlias = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var term in terms)
        {
            IEnumerable<string> aliases = term.Aliases;
            if (language != "en")
            {
                // The translated term and its translated aliases (glossary "aliases" in translations.csv).
                var translatedTerm = dataText.Get("glossary", term.Id, "term", "");
                var translatedAliases = dataText.Get("glossary", term.Id, "aliases", "");
                aliases = new[] { translatedTerm, translatedAliases }
                    .Where(t => t.Kind != Localization.LocalTextKind.Fallback)
                    .SelectMany(t => t.Text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
            }
            foreach (var alias in aliases)
            {
                termByAlias.TryAdd(alias, term.Id);
            }
        }
        // Longest alias first, so "Belt and Road Initiative" wins over a shorter alias inside it. A term must stand
        // alone; except that Chinese writes no spaces between words, so a Chinese alias is found anywhere (a Latin
        // one, such as "BRI", still needs Latin boundaries there).
        var letters = language == "zh" ? "A-Za-z0-9" : @"\p{L}\p{N}";
        var alternatives = termByAlias.Keys.OrderByDescending(a => a.Length)
            .Select(a => language == "zh" && !a.Any(char.IsAsciiLetterOrDigit)
                ? Regex.Escape(a)
                : $"(?<![{letters}])(?:{Regex.Escape(a)})(?![{letters}])");
        var pattern = termByAlias.Count == 0
            ? new Regex("(?!)")
            : new Regex($"(?:{string.Join('|', alternatives)})", RegexOptions.CultureInvariant);
        return new GlossaryPattern(pattern, termByAlias);
    }

    /// <summary>Inside a link's text ("[…") or its target ("](…"), an autolink ("&lt;…&gt;") or inline code ("`…`").</summary>
    private static bool InsideLink(string text, int index)
    {
        var open = text.LastIndexOf('[', index);
        var close = text.LastIndexOf(']', index);
        if (open > close)
        {
            return true;
        }
        var target = text.LastIndexOf("](", index, StringComparison.Ordinal);
        if (target >= 0 && text.IndexOf(')', target) is var end && (end < 0 || end >= index))
        {
            return true;
        }
        var angle = text.LastIndexOf('<', index);
        if (angle >= 0 && text.IndexOf('>', angle) is var shut && (shut < 0 || shut >= index))
        {
            return true;
        }
        return text.AsSpan(0, index).Count('`') % 2 == 1;
    }
}
