using System.Text.Json.Serialization;

namespace CentralAsiaBri.Web.Components.Charts;

// A typed subset of Chart.js 4's configuration (https://www.chartjs.org/docs/latest/configuration/):
// just what our charts use, named as Chart.js names it, so the JSON the JS module receives is a valid
// Chart.js config as it stands. Null members are left out of the JSON and take Chart.js's defaults.

/// <summary>A whole chart: <c>new Chart(canvas, config)</c>.</summary>
public sealed record ChartJsConfig
{
    /// <summary><c>line</c> or <c>bar</c>.</summary>
    [JsonPropertyName("type")] public required string Type { get; init; }

    [JsonPropertyName("data")] public required ChartJsData Data { get; init; }

    [JsonPropertyName("options")] public ChartJsOptions Options { get; init; } = new();
}

public sealed record ChartJsData
{
    /// <summary>Category labels (bar charts); line charts over a linear x axis leave this empty.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("labels")] public IReadOnlyList<string>? Labels { get; init; }

    [JsonPropertyName("datasets")] public required IReadOnlyList<ChartJsDataset> Datasets { get; init; }
}

/// <summary>One series.</summary>
public sealed record ChartJsDataset
{
    [JsonPropertyName("label")] public required string Label { get; init; }

    /// <summary>The points, in Chart.js's internal form (see <see cref="ChartJsPoint"/>).</summary>
    [JsonPropertyName("data")] public required IReadOnlyList<ChartJsPoint> Data { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("borderColor")] public string? BorderColor { get; init; }

    /// <summary>One colour per point, so a bound ("&gt; 50") can be drawn lighter than an exact value.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("backgroundColor")] public IReadOnlyList<string>? BackgroundColor { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("borderWidth")] public double? BorderWidth { get; init; }

    /// <summary>One marker per point: <c>circle</c> for exact values, <c>triangle</c> for lower bounds, …</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("pointStyle")] public IReadOnlyList<string>? PointStyle { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("pointRadius")] public double? PointRadius { get; init; }

    /// <summary>False draws a missing year as a gap, never as an interpolated line.</summary>
    [JsonPropertyName("spanGaps")] public bool SpanGaps { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("borderDash")] public IReadOnlyList<double>? BorderDash { get; init; }

    /// <summary>Not Chart.js: the qualifier of each point (=, &gt;, &lt;, ≈), read by our module's tooltip and label plugin.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("qualifiers")] public IReadOnlyList<string>? Qualifiers { get; init; }
}

/// <summary>
/// A point as Chart.js stores it internally, so <c>parsing: false</c> skips parsing: on a line chart x is the
/// year and y the value; on a bar chart the index axis holds the category's index (x for vertical bars, y for
/// horizontal ones) and the other axis the value. A null value is a gap.
/// </summary>
public sealed record ChartJsPoint
{
    [JsonPropertyName("x")] public double? X { get; init; }

    [JsonPropertyName("y")] public double? Y { get; init; }
}

public sealed record ChartJsOptions
{
    [JsonPropertyName("responsive")] public bool Responsive { get; init; } = true;

    [JsonPropertyName("maintainAspectRatio")] public bool MaintainAspectRatio { get; init; }

    /// <summary>Off: figures appear at once and updates do not flicker.</summary>
    [JsonPropertyName("animation")] public bool Animation { get; init; }

    /// <summary>False: data is already in Chart.js's internal {x, y} form (no parsing cost; decimation needs it).</summary>
    [JsonPropertyName("parsing")] public bool Parsing { get; init; }

    /// <summary><c>y</c> draws horizontal bars.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("indexAxis")] public string? IndexAxis { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("scales")] public ChartJsScales? Scales { get; init; }

    [JsonPropertyName("plugins")] public ChartJsPlugins Plugins { get; init; } = new();

    /// <summary>Not Chart.js: the events overlay's legend entry (how many, shown or not, the link that toggles it).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("cabEvents")] public ChartEventsOverlay? Events { get; init; }

    /// <summary>
    /// The language of the numbers on ticks and in tooltips ("en", "zh-Hans", "ru"): Chart.js formats them with
    /// <c>Intl.NumberFormat(locale)</c>, and our tooltips and point labels do the same.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("locale")] public string? Locale { get; init; }

    /// <summary>Not Chart.js: unit shown after values in tooltips and point labels ("bn USD", "%").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("unit")] public string? Unit { get; init; }
}

public sealed record ChartJsScales
{
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("x")] public ChartJsScale? X { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("y")] public ChartJsScale? Y { get; init; }
}

public sealed record ChartJsScale
{
    /// <summary><c>linear</c> or <c>category</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("type")] public string? Type { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("title")] public ChartJsTitle? Title { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("beginAtZero")] public bool? BeginAtZero { get; init; }

    /// <summary>True stacks the bars of all datasets on this axis (the composition chart: sections of one year's trade).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("stacked")] public bool? Stacked { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("min")] public double? Min { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("max")] public double? Max { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("ticks")] public ChartJsTicks? Ticks { get; init; }
}

public sealed record ChartJsTicks
{
    /// <summary>Step between ticks (1 on a year axis so no tick reads 2013.5).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("stepSize")] public double? StepSize { get; init; }

}

public sealed record ChartJsTitle
{
    [JsonPropertyName("display")] public bool Display { get; init; } = true;

    [JsonPropertyName("text")] public required string Text { get; init; }
}

public sealed record ChartJsPlugins
{
    [JsonPropertyName("legend")] public ChartJsLegend Legend { get; init; } = new();

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("decimation")] public ChartJsDecimation? Decimation { get; init; }

    /// <summary>chartjs-plugin-annotation: the event markers, when shown.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("annotation")] public ChartJsAnnotations? Annotation { get; init; }
}

/// <summary>
/// The legend entry that shows or hides the events overlay; clicking it follows <see cref="ToggleHref"/>. Its
/// text is <see cref="Label"/> ("Events (3)", "事件（3）"), or the script's English "Events (n)" when null.
/// </summary>
public sealed record ChartEventsOverlay(
    [property: JsonPropertyName("count")] int Count,
    [property: JsonPropertyName("shown")] bool Shown,
    [property: JsonPropertyName("toggleHref")] string ToggleHref,
    [property: JsonPropertyName("label"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label = null);

/// <summary>chartjs-plugin-annotation's options (https://www.chartjs.org/chartjs-plugin-annotation/).</summary>
public sealed record ChartJsAnnotations
{
    [JsonPropertyName("annotations")] public required IReadOnlyDictionary<string, ChartJsLineAnnotation> Annotations { get; init; }
}

/// <summary>A vertical line at one x value with a label at its top.</summary>
public sealed record ChartJsLineAnnotation
{
    [JsonPropertyName("type")] public string Type { get; init; } = "line";

    [JsonPropertyName("scaleID")] public string ScaleId { get; init; } = "x";

    [JsonPropertyName("value")] public required double Value { get; init; }

    [JsonPropertyName("borderColor")] public string BorderColor { get; init; } = "#6c757d";

    [JsonPropertyName("borderWidth")] public double BorderWidth { get; init; } = 1.5;

    [JsonPropertyName("borderDash")] public IReadOnlyList<double> BorderDash { get; init; } = [4, 4];

    /// <summary>Pixels either side of the thin line that still count as pointing at it.</summary>
    [JsonPropertyName("hitTolerance")] public double HitTolerance { get; init; } = 6;

    [JsonPropertyName("label")] public required ChartJsAnnotationLabel Label { get; init; }

    /// <summary>Not the plugin's: where a click on the marker leads (the event on the timeline).</summary>
    [JsonPropertyName("href")] public required string Href { get; init; }

    /// <summary>Not the plugin's: the events' dates and titles, shown in the label while the pointer is on the marker.</summary>
    [JsonPropertyName("titles")] public required IReadOnlyList<string> Titles { get; init; }
}

public sealed record ChartJsAnnotationLabel
{
    [JsonPropertyName("display")] public bool Display { get; init; } = true;

    /// <summary>One line per event at this date.</summary>
    [JsonPropertyName("content")] public required IReadOnlyList<string> Content { get; init; }

    [JsonPropertyName("position")] public string Position { get; init; } = "start";

    [JsonPropertyName("backgroundColor")] public string BackgroundColor { get; init; } = "rgba(255,255,255,0.9)";

    [JsonPropertyName("color")] public string Color { get; init; } = "#212529";

    [JsonPropertyName("borderColor")] public string BorderColor { get; init; } = "#6c757d";

    [JsonPropertyName("borderWidth")] public double BorderWidth { get; init; } = 1;

    [JsonPropertyName("font")] public ChartJsFont Font { get; init; } = new();

    /// <summary>Pixels down from the top, so labels of markers close together do not cover each other.</summary>
    [JsonPropertyName("yAdjust")] public double YAdjust { get; init; }
}

public sealed record ChartJsFont
{
    [JsonPropertyName("size")] public double Size { get; init; } = 11;
}

public sealed record ChartJsLegend
{
    [JsonPropertyName("display")] public bool Display { get; init; } = true;

    [JsonPropertyName("position")] public string Position { get; init; } = "bottom";
}

/// <summary>Chart.js's decimation plugin: thins a long line series to what the canvas can show.</summary>
public sealed record ChartJsDecimation
{
    [JsonPropertyName("enabled")] public bool Enabled { get; init; } = true;

    [JsonPropertyName("algorithm")] public string Algorithm { get; init; } = "lttb";

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("samples")] public int? Samples { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyName("threshold")] public int? Threshold { get; init; }
}

/// <summary>One value of a data table: the number and its qualifier (=, &gt;, &lt;, ≈).</summary>
public readonly record struct ChartCell(double Value, string Qualifier);

/// <summary>A chart's numbers as a table: one row per category or x value, one column per dataset.</summary>
public sealed record ChartTable(IReadOnlyList<string> RowLabels, IReadOnlyList<string> ColumnLabels, ChartCell?[,] Cells)
{
    /// <summary>Reads a config back into rows, in one pass over its points.</summary>
    public static ChartTable From(ChartJsConfig config)
    {
        var datasets = config.Data.Datasets;
        var categorical = config.Data.Labels is { Count: > 0 };
        var horizontal = config.Options.IndexAxis == "y";
        // Row keys: category indexes for bar charts, distinct x values (years) for line charts.
        var keys = categorical
            ? Enumerable.Range(0, config.Data.Labels!.Count).Select(i => (double)i).ToList()
            : datasets.SelectMany(d => d.Data).Select(p => p.X).OfType<double>().Distinct().Order().ToList();
        var rowOf = keys.Select((key, row) => (key, row)).ToDictionary(k => k.key, k => k.row);
        var cells = new ChartCell?[keys.Count, datasets.Count];
        for (var column = 0; column < datasets.Count; column++)
        {
            var dataset = datasets[column];
            for (var i = 0; i < dataset.Data.Count; i++)
            {
                var point = dataset.Data[i];
                var (key, value) = categorical && horizontal ? (point.Y, point.X) : (point.X, point.Y);
                if (key is { } k && value is { } v && rowOf.TryGetValue(k, out var row))
                {
                    cells[row, column] = new ChartCell(v, dataset.Qualifiers is { } q && i < q.Count ? q[i] : "=");
                }
            }
        }
        var rowLabels = categorical
            ? config.Data.Labels!
            : keys.Select(x => x.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new ChartTable(rowLabels, [.. datasets.Select(d => d.Label)], cells);
    }
}
