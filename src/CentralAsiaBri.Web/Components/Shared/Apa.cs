using System.Globalization;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Components.Shared;

/// <summary>APA-style (7th edition) reference text for sources and for a page of this dashboard.</summary>
public static class Apa
{
    /// <summary>"Zhu, Y., &amp; Wang, R. (2025). Title. Publisher. https://doi.org/…"</summary>
    public static string Reference(SourceView source)
    {
        var authors = Authors(source.Authors);
        var date = source.Published is null ? "n.d." : Date(source.Published);
        var tail = source.Doi is not null ? $" https://doi.org/{source.Doi}" : source.Url is not null ? $" {source.Url}" : "";
        var publisher = source.Publisher is null ? "" : $" {source.Publisher}.";
        var head = authors.Length == 0 ? $"{source.Title}. ({date})." : $"{authors} ({date}). {source.Title}.";
        return $"{head}{publisher}{tail}";
    }

    /// <summary>The citation of one page of the dashboard, naming when its data was loaded and the data release.</summary>
    public static string Page(string title, string url, DateTime? dataLoadedUtc, string? release = null) =>
        $"CentralAsiaBri. ({dataLoadedUtc?.Year.ToString(CultureInfo.InvariantCulture) ?? "n.d."}). {title} [Data set entry{(release is null ? "" : $", data release {release}")}]. " +
        $"China–Central Asia cooperation dashboard. {url}";

    private static string Authors(IReadOnlyList<string> authors)
    {
        var names = authors.Select(Author).ToList();
        return names.Count switch
        {
            0 => "",
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + ", & " + names[^1],
        };
    }

    // "Yutian Zhu" → "Zhu, Y."; names already inverted ("Jiang, F. F.") and organisations stay as they are.
    private static string Author(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (name.Contains(',', StringComparison.Ordinal) || words.Length is < 2 or > 3)
        {
            return name;
        }
        return $"{words[^1]}, {string.Join(' ', words[..^1].Select(w => $"{char.ToUpperInvariant(w[0])}."))}";
    }

    private static string Date(string iso)
    {
        var parts = iso.Split('-');
        var year = parts[0];
        if (parts.Length == 1)
        {
            return year;
        }
        var month = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(int.Parse(parts[1], CultureInfo.InvariantCulture));
        return parts.Length == 2 ? $"{year}, {month}" : $"{year}, {month} {int.Parse(parts[2], CultureInfo.InvariantCulture)}";
    }
}
