using System.Globalization;
using System.Text;

namespace CentralAsiaBri.Data.Model;

/// <summary>How stored text and a reader's query are made comparable for search, the same way in .NET for both providers.</summary>
public static class TextSearch
{
    /// <summary>
    /// Compatibility-normalised (NFKC: full-width Latin and digits, ligatures) and lower-cased by the invariant
    /// culture's Unicode rules (Latin, Cyrillic, Greek; Chinese has no case).
    /// </summary>
    public static string Fold(string? text) => string.IsNullOrEmpty(text)
        ? ""
        : text.Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.InvariantCulture);

    /// <summary>A LIKE pattern that finds <paramref name="query"/> anywhere in folded text; <c>\</c> escapes LIKE's wildcards.</summary>
    public static string ContainsPattern(string query) =>
        "%" + Fold(query).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
