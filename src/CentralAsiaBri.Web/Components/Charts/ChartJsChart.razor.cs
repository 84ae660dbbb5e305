using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>
/// Draws a <see cref="ChartJsConfig"/> with Chart.js through the collocated JS module. A changed config
/// updates the existing chart in place (no new instance, no flicker); disposal destroys it, and survives a
/// circuit that is already gone.
/// </summary>
public sealed partial class ChartJsChart
{
    internal const string ModulePath = "./Components/Charts/ChartJsChart.razor.js";

    private ElementReference _canvas;
    private IJSObjectReference? _module;
    // The config the canvas currently shows; a render with a different one sends an update.
    private ChartJsConfig? _drawn;
    private ChartTable _table = new([], [], new ChartCell?[0, 0]);
    private bool _disposed;

    /// <summary>The chart to draw.</summary>
    [Parameter, EditorRequired] public ChartJsConfig Config { get; set; } = default!;

    /// <summary>What the chart shows, in one sentence: the canvas's accessible name and the table's caption.</summary>
    [Parameter, EditorRequired] public string AriaLabel { get; set; } = "";

    /// <summary>Element id of the figure, so pages and tests can address it.</summary>
    [Parameter] public string? Id { get; set; }

    /// <summary>Visible caption under the chart (units, notes).</summary>
    [Parameter] public string? Caption { get; set; }

    /// <summary>Header of the table's first column ("Year", "Product group").</summary>
    [Parameter] public string RowHeader { get; set; } = "";

    /// <summary>CSS height of the drawing area.</summary>
    [Parameter] public string Height { get; set; } = "22rem";

    /// <summary>When set, a button saves the chart as a PNG file of this name.</summary>
    [Parameter] public string? PngFileName { get; set; }

    /// <summary>Unit appended to values in the table ("bn USD", "%").</summary>
    [Parameter] public string? Unit { get; set; }

    protected override void OnParametersSet() => _table = ChartTable.From(Config);

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (_disposed)
        {
            return;
        }
        if (firstRender)
        {
            _module = await JS.InvokeAsync<IJSObjectReference>("import", ModulePath);
            await _module.InvokeVoidAsync("create", _canvas, Config);
            _drawn = Config;
            // The PNG button waits for the chart.
            StateHasChanged();
        }
        else if (_module is not null && !Equals(_drawn, Config))
        {
            await _module.InvokeVoidAsync("update", _canvas, Config);
            _drawn = Config;
        }
    }

    /// <summary>Saves the chart as a PNG file in the browser.</summary>
    public async Task DownloadPngAsync(string fileName)
    {
        if (_module is not null && !_disposed)
        {
            await _module.InvokeVoidAsync("downloadPng", _canvas, fileName);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        if (_module is null)
        {
            return;
        }
        try
        {
            await _module.InvokeVoidAsync("destroy", _canvas);
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The circuit is gone and the browser with it: there is no chart left to destroy.
        }
    }

    private string Format(ChartCell? cell)
    {
        if (cell is not { } c)
        {
            return "–";
        }
        var number = c.Value.ToString("#,0.###", CultureInfo.InvariantCulture);
        var qualified = c.Qualifier == "=" ? number : $"{c.Qualifier} {number}";
        return Unit is null ? qualified : $"{qualified} {Unit}";
    }
}
