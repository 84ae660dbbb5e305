using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>Colours and markers shared by every chart, so a country keeps its colour from page to page.</summary>
public static class ChartPalette
{
    // Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
    private static readonly string[] s_colors = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#F0E442"];

    public static string Color(int index) => s_colors[((index % s_colors.Length) + s_colors.Length) % s_colors.Length];

    /// <summary>Lighter fill for a value that is only a bound or an approximation.</summary>
    public static string Fill(int index, string qualifier) => qualifier == "=" ? Color(index) : Color(index) + "66";

    /// <summary>A marker that says what kind of value a point is: a triangle for a lower bound, a diamond for an upper bound, a cross for an approximation.</summary>
    public static string PointStyle(string qualifier) => qualifier switch
    {
        ">" or "≥" => "triangle",
        "<" or "≤" => "rectRot",
        "≈" => "crossRot",
        _ => "circle",
    };

    public static string PointStyle(Qualifier qualifier) => PointStyle(qualifier.ToSymbol());
}
