using System.Globalization;
using System.Text.Json;
using CentralAsiaBri.Web.Localization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>
/// Renders a <see cref="ChartJsConfig"/> for the <c>&lt;cab-chart&gt;</c> element of the collocated module,
/// plus the same numbers as a table. It makes no JS interop calls and holds no JS references: the element
/// owns the Chart.js instance for exactly as long as it is in the page, so static pages need no circuit
/// and nothing is left to dispose when a circuit closes (ADR-005). Numbers in the table, on the axes and in
/// the tooltips follow the current culture (the config gets it as Chart.js's <c>locale</c>); the labels come in
/// the reader's language from the page (<see cref="ChartLabels"/>).
/// </summary>
public sealed partial class ChartJsChart
{
    /// <summary>The module that defines &lt;cab-chart&gt;; App.razor loads it once for every page.</summary>
    public const string ModulePath = "Components/Charts/ChartJsChart.razor.js";

    private ChartTable _table = new([], [], new ChartCell?[0, 0]);
    private string _json = "";

    /// <summary>The chart to draw.</summary>
    [Parameter, EditorRequired] public ChartJsConfig Config { get; set; } = default!;

    /// <summary>What the chart shows, in one sentence: the canvas's accessible name and the table's caption.</summary>
    [Parameter, EditorRequired] public string AriaLabel { get; set; } = "";

    /// <summary>Element id, so pages and tests can address the chart.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Visible caption under the chart (units, notes).</summary>
    [Parameter] public string? Caption { get; set; }

    /// <summary>Header of the table's first column ("Year", "Product group").</summary>
    [Parameter] public string RowHeader { get; set; } = "";

    /// <summary>CSS height of the drawing area.</summary>
    [Parameter] public string Height { get; set; } = "22rem";

    /// <summary>Unit appended to values in the table ("bn USD", "%").</summary>
    [Parameter] public string? Unit { get; set; }

    /// <summary>When set, a button saves the chart as a PNG file of this name.</summary>
    [Parameter] public string? PngFileName { get; set; }

    [Inject] private IStringLocalizer<ChartsText> L { get; set; } = default!;

    // Chinese and Russian labels as letters, not \uXXXX escapes; characters that matter to HTML are still escaped.
    private static readonly JsonSerializerOptions s_json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    protected override void OnParametersSet()
    {
        _table = ChartTable.From(Config);
        var locale = CultureInfo.CurrentCulture.Name;
        _json = JsonSerializer.Serialize(Config.Options.Locale is null && locale.Length > 0
            ? Config with { Options = Config.Options with { Locale = locale } }
            : Config, s_json);
    }

    private string Text(string key) => L[key].Value;

    /// <summary>
    /// A label of the table as text; on a page in another language, the runs of Latin letters in it (a
    /// reporter's name, a name without translation) are marked <c>lang="en"</c>, since a label is one string.
    /// </summary>
    private static RenderFragment Words(string text) => builder =>
    {
        if (DataText.IsEnglish)
        {
            builder.AddContent(0, text);
        }
        else
        {
            builder.AddMarkupContent(1, ForeignRuns.MarkLatinInText(text));
        }
    };

    private string Format(ChartCell? cell)
    {
        if (cell is not { } c)
        {
            return "–";
        }
        // As many digits as the value has (up to 10 decimals, which also hides binary floating-point noise).
        var number = LocalFormat.Number(c.Value);
        var qualified = c.Qualifier == "=" ? number : $"{c.Qualifier} {number}";
        return Unit is null ? qualified : $"{qualified} {Unit}";
    }
}
