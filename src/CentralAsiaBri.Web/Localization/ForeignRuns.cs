using System.Text.RegularExpressions;

namespace CentralAsiaBri.Web.Localization;

/// <summary>
/// Marks the Latin-script words inside a Chinese or Russian text (company names such as "CECEP Solar Energy",
/// abbreviations such as "GAC") as English, so screen readers pronounce them as such and the page says which
/// parts are not in its language.
/// </summary>
public static partial class ForeignRuns
{
    /// <summary>Wraps each run of Latin-script words in the text (not the tags) of an HTML fragment in <c>&lt;span lang="en"&gt;</c>.</summary>
    public static string MarkLatin(string html)
    {
        if (!html.Any(char.IsAsciiLetter))
        {
            return html;
        }
        return Segment().Replace(html, segment => segment.Value[0] == '<'
            ? segment.Value
            : LatinRun().Replace(segment.Value, run => run.Groups["entity"].Success ? run.Value : $"<span lang=\"en\">{run.Value}</span>"));
    }

    /// <summary>Plain text (not HTML) with its Latin-script runs marked, as HTML.</summary>
    public static string MarkLatinInText(string text) => MarkLatin(System.Net.WebUtility.HtmlEncode(text));

    [GeneratedRegex("<[^>]*>|[^<]+")]
    private static partial Regex Segment();

    // An entity (&amp;, &#39;) is left alone; a run is words of Latin letters and digits joined by spaces or hyphens.
    [GeneratedRegex(@"(?<entity>&#?\w+;)|[A-Za-z][A-Za-z0-9'’\-]*(?:[ \u00a0]+[A-Za-z0-9][A-Za-z0-9'’\-]*)*")]
    private static partial Regex LatinRun();
}
