namespace CentralAsiaBri.Web.Features.Trade;

/// <summary>One of the 21 sections of the Harmonized System and the chapters it holds.</summary>
public sealed record HsSection(int Number, string Numeral, int FirstChapter, int LastChapter)
{
    /// <summary>"01–05", or "71" for a section of one chapter.</summary>
    public string Chapters => FirstChapter == LastChapter ? $"{FirstChapter:00}" : $"{FirstChapter:00}–{LastChapter:00}";
}

/// <summary>
/// The sections of the Harmonized System by their chapters, as the WCO's nomenclature defines them (HS 2022; the
/// ranges have not changed since HS 1988; chapter 77, reserved for future use, lies within section XV; chapters 98 and
/// 99 are for national use and belong to no section). A chapter's section is a definition of the nomenclature, not a figure (ADR-024).
/// </summary>
public static class HsSections
{
    public static IReadOnlyList<HsSection> All { get; } =
    [
        new(1, "I", 1, 5), new(2, "II", 6, 14), new(3, "III", 15, 15), new(4, "IV", 16, 24), new(5, "V", 25, 27),
        new(6, "VI", 28, 38), new(7, "VII", 39, 40), new(8, "VIII", 41, 43), new(9, "IX", 44, 46), new(10, "X", 47, 49),
        new(11, "XI", 50, 63), new(12, "XII", 64, 67), new(13, "XIII", 68, 70), new(14, "XIV", 71, 71), new(15, "XV", 72, 83),
        new(16, "XVI", 84, 85), new(17, "XVII", 86, 89), new(18, "XVIII", 90, 92), new(19, "XIX", 93, 93), new(20, "XX", 94, 96),
        new(21, "XXI", 97, 97),
    ];

    /// <summary>The section of a chapter (1–99), or null for a chapter in none (98, 99).</summary>
    public static HsSection? Of(int chapter) => All.FirstOrDefault(s => chapter >= s.FirstChapter && chapter <= s.LastChapter);

    /// <summary>The HS chapter a product group names by its leading two digits ("27 Mineral fuels…"), or null.</summary>
    public static int? ChapterOf(string? productGroup) =>
        productGroup is { Length: >= 2 } g && char.IsAsciiDigit(g[0]) && char.IsAsciiDigit(g[1]) && (g.Length == 2 || g[2] == ' ')
            ? (g[0] - '0') * 10 + (g[1] - '0')
            : null;
}
