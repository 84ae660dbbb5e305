using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CentralAsiaBri.Web.Features.Projects;

/// <summary>One country's outline as an SVG path, in the map's coordinates.</summary>
public sealed record CountryShape(string CountryId, string Name, string Path, double LabelX, double LabelY);

/// <summary>
/// Country outlines for the projects map, from Natural Earth's 1:50m boundaries as published in the
/// world-atlas npm package (TopoJSON). Decoded once, projected onto a box around Central Asia and western
/// China (an equirectangular projection with longitudes shortened by cos 45°, which keeps shapes true
/// enough at these latitudes), and kept as SVG path data.
/// </summary>
public sealed class CountryShapes
{
    public const double Width = 560;
    private const double MinStep = 1.5;
    private const double Margin = 20;
    private const double West = 46, East = 96, North = 56, South = 34;
    private static readonly double s_lonScale = Math.Cos(45 * Math.PI / 180);
    private static readonly double s_k = Width / ((East - West) * s_lonScale);

    public static double Height { get; } = Math.Round((North - South) * s_k);

    // ISO 3166 numeric (world-atlas ids) to the alpha-2 codes the data uses.
    private static readonly Dictionary<string, string> s_focus = new()
    {
        ["398"] = "KZ", ["417"] = "KG", ["762"] = "TJ", ["795"] = "TM", ["860"] = "UZ", ["156"] = "CN",
    };

    // Neighbours drawn in grey so the region sits in its surroundings.
    private static readonly HashSet<string> s_context = ["643", "496", "004", "364", "586", "356", "031", "051", "268"];

    public CountryShapes(string topoJsonPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(topoJsonPath));
        var root = document.RootElement;
        var transform = root.GetProperty("transform");
        var scale = transform.GetProperty("scale");
        var translate = transform.GetProperty("translate");
        var arcs = DecodeArcs(root.GetProperty("arcs"), scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());

        var focus = new List<CountryShape>();
        var context = new List<string>();
        foreach (var geometry in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            if (!geometry.TryGetProperty("id", out var idElement) || idElement.GetString() is not { } id)
            {
                continue;
            }
            if (!s_focus.TryGetValue(id, out var countryId) && !s_context.Contains(id))
            {
                continue;
            }
            var polygons = geometry.GetProperty("type").GetString() == "Polygon"
                ? [geometry.GetProperty("arcs")]
                : geometry.GetProperty("arcs").EnumerateArray().ToList();
            var (path, labelX, labelY) = ToPath(polygons, arcs);
            if (countryId is null)
            {
                context.Add(path);
            }
            else
            {
                focus.Add(new CountryShape(countryId, geometry.GetProperty("properties").GetProperty("name").GetString() ?? countryId, path, labelX, labelY));
            }
        }
        Focus = focus;
        Context = context;
        var encoder = System.Text.Encodings.Web.HtmlEncoder.Default;
        ContextMarkup = string.Concat(context.Select(path => $"<path d=\"{encoder.Encode(path)}\" class=\"pm-context\" aria-hidden=\"true\"></path>"));
        _encodedPaths = focus.ToDictionary(c => c.CountryId, c => encoder.Encode(c.Path), StringComparer.Ordinal);
    }

    private readonly Dictionary<string, string> _encodedPaths;

    /// <summary>
    /// The neighbours' outlines as finished markup, encoded once: the map's geometry is about 60 KB of path data, and
    /// encoding it for every view was a tenth of an uncached projects page (issue 17). Styled by the map's ::deep rules.
    /// </summary>
    public string ContextMarkup { get; }

    /// <summary>A focus country's outline shaded with <paramref name="fill"/> (a colour of the map's own), as finished markup.</summary>
    public string PathMarkup(CountryShape country, string fill) =>
        $"<path d=\"{_encodedPaths[country.CountryId]}\" fill=\"{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(fill)}\"></path>";

    /// <summary>The six countries of the dashboard.</summary>
    public IReadOnlyList<CountryShape> Focus { get; }

    /// <summary>Neighbouring countries, unlabelled.</summary>
    public IReadOnlyList<string> Context { get; }

    private static List<List<(double Lon, double Lat)>> DecodeArcs(JsonElement arcs, double sx, double sy, double tx, double ty)
    {
        var decoded = new List<List<(double, double)>>();
        foreach (var arc in arcs.EnumerateArray())
        {
            var points = new List<(double, double)>();
            long x = 0, y = 0;
            foreach (var delta in arc.EnumerateArray())
            {
                x += delta[0].GetInt64();
                y += delta[1].GetInt64();
                points.Add(((x * sx) + tx, (y * sy) + ty));
            }
            decoded.Add(points);
        }
        return decoded;
    }

    private static (string Path, double LabelX, double LabelY) ToPath(List<JsonElement> polygons, List<List<(double Lon, double Lat)>> arcs)
    {
        var path = new StringBuilder();
        // The label goes at the middle of the largest ring's bounding box (on screen).
        var best = (Area: -1.0, X: 0.0, Y: 0.0);
        foreach (var polygon in polygons)
        {
            foreach (var ring in polygon.EnumerateArray())
            {
                var points = new List<(double X, double Y)>();
                foreach (var index in ring.EnumerateArray().Select(i => i.GetInt32()))
                {
                    var arc = index >= 0 ? arcs[index] : Enumerable.Reverse(arcs[~index]).ToList();
                    // Consecutive arcs share their end point.
                    points.AddRange((points.Count == 0 ? arc : arc.Skip(1)).Select(Project));
                }
                var minX = points.Min(p => p.X);
                var maxX = points.Max(p => p.X);
                var minY = points.Min(p => p.Y);
                var maxY = points.Max(p => p.Y);
                if (maxX < -50 || minX > Width + 50 || maxY < -50 || minY > Height + 50)
                {
                    continue; // far outside the box: islands and far-off parts of large countries
                }
                var visibleArea = Math.Max(0, Math.Min(maxX, Width) - Math.Max(minX, 0)) * Math.Max(0, Math.Min(maxY, Height) - Math.Max(minY, 0));
                if (visibleArea > best.Area)
                {
                    best = (visibleArea, (Math.Max(minX, 0) + Math.Min(maxX, Width)) / 2, (Math.Max(minY, 0) + Math.Min(maxY, Height)) / 2);
                }
                // Points outside the picture are moved onto a frame just beyond its edge: a boundary segment
                // short enough to matter never crosses that margin, so what shows is unchanged, while the
                // thousands of points of Russia's or China's far borders collapse onto the frame. Points
                // closer than MinStep to the last one drawn add bytes, not shape, at this scale.
                var previous = (X: double.NaN, Y: double.NaN);
                for (var i = 0; i < points.Count; i++)
                {
                    var rounded = (X: Math.Round(Math.Clamp(points[i].X, -Margin, Width + Margin), 1), Y: Math.Round(Math.Clamp(points[i].Y, -Margin, Height + Margin), 1));
                    var last = i == points.Count - 1;
                    if (i > 0 && !last && Math.Abs(rounded.X - previous.X) + Math.Abs(rounded.Y - previous.Y) < MinStep)
                    {
                        continue;
                    }
                    path.Append(i == 0 ? 'M' : 'L').Append(rounded.X.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(rounded.Y.ToString(CultureInfo.InvariantCulture));
                    previous = rounded;
                }
                path.Append('Z');
            }
        }
        return (path.ToString(), Math.Round(best.X, 1), Math.Round(best.Y, 1));
    }

    /// <summary>A point (longitude, latitude) in the map's coordinates, e.g. a region's centroid.</summary>
    public static (double X, double Y) ToMap(double longitude, double latitude) => Project((longitude, latitude));

    private static (double X, double Y) Project((double Lon, double Lat) p) =>
        ((p.Lon - West) * s_lonScale * s_k, (North - p.Lat) * s_k);
}
