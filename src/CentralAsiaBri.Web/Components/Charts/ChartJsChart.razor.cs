using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Components;

namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>
/// Renders a <see cref="ChartJsConfig"/> for the <c>&lt;cab-chart&gt;</c> element of the collocated module,
/// plus the same numbers as a table. It makes no JS interop calls and holds no JS references: the element
/// owns the Chart.js instance for exactly as long as it is in the page, so static pages need no circuit
/// and nothing is left to dispose when a circuit closes (ADR-005).
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

    protected override void OnParametersSet()
    {
        _table = ChartTable.From(Config);
        _json = JsonSerializer.Serialize(Config);
    }

    private string Format(ChartCell? cell)
    {
        if (cell is not { } c)
        {
            return "–";
        }
        // As many digits as the value has (up to 10 decimals, which also hides binary floating-point noise).
        var number = c.Value.ToString("#,0.##########", CultureInfo.InvariantCulture);
        var qualified = c.Qualifier == "=" ? number : $"{c.Qualifier} {number}";
        return Unit is null ? qualified : $"{qualified} {Unit}";
    }
}
