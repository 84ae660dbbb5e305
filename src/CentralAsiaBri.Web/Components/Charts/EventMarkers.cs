using System.Globalization;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>An event drawn on a chart, and listed under it with its number, link and sources.</summary>
public sealed record EventMarker(EventView Event, double X, int Number = 0);

/// <summary>
/// Overlays the events timeline on a chart over years: each event in the chart's range becomes a labelled
/// vertical line at its date (events on the same date share one line), and the legend gets an "Events" entry
/// that toggles the overlay through the URL. Hidden, only the legend entry (with the count) is added. Event
/// titles and the legend entry are written by <c>labels</c> in the reader's language (without labels the legend
/// entry is left to the script's English "Events (n)").
/// </summary>
public static class EventMarkers
{
    public static (ChartJsConfig Config, IReadOnlyList<EventMarker> Markers) Overlay(ChartJsConfig config, IEnumerable<EventView> events, bool shown, string toggleHref,
        ChartLabels? labels = null)
    {
        var xs = config.Data.Datasets.SelectMany(d => d.Data).Select(p => p.X).OfType<double>().ToList();
        if (xs.Count == 0 || config.Data.Labels is { Count: > 0 })
        {
            return (config, []);
        }
        var (min, max) = (config.Options.Scales?.X?.Min ?? xs.Min(), config.Options.Scales?.X?.Max ?? xs.Max());
        var markers = events.Select(e => new EventMarker(e, Position(e.Date)))
            .Where(m => !double.IsNaN(m.X) && m.X >= min - 0.5 && m.X < max + 1)
            // On one date, summits first: a shared line links to the first of its events.
            .OrderBy(m => m.X).ThenBy(m => m.Event.Kind != Data.Model.EventKind.Summit).ThenBy(m => m.Event.Title, StringComparer.Ordinal)
            .Select((m, i) => m with { Number = i + 1 }).ToList();
        // One line per date, labelled with the numbers of the list under the chart ("3", "5–7"); the titles
        // appear while the pointer is on it. Labels of neighbouring lines step down so they stay readable.
        var annotations = shown
            ? markers.GroupBy(m => m.X).Select((g, i) => (Group: g.ToList(), Index: i)).ToDictionary(
                g => "event-" + g.Group[0].Event.Id,
                g => new ChartJsLineAnnotation
                {
                    Value = g.Group[0].X,
                    Href = "events#" + g.Group[0].Event.Id,
                    Titles = [.. g.Group.Select(m => $"{m.Number}. {m.Event.Date} {(labels ?? ChartLabels.English).EventTitle(m.Event)}")],
                    Label = new ChartJsAnnotationLabel
                    {
                        Content = [g.Group.Count == 1 ? $"{g.Group[0].Number}" : $"{g.Group[0].Number}–{g.Group[^1].Number}"],
                        YAdjust = g.Index % 3 * 20,
                    },
                })
            : null;
        var options = config.Options with
        {
            Events = new ChartEventsOverlay(markers.Count, shown, toggleHref, labels?.Text("Events ({0})", markers.Count)),
            Plugins = config.Options.Plugins with { Annotation = annotations is null ? null : new ChartJsAnnotations { Annotations = annotations } },
            // The x axis reaches the latest marker, so an event after the last figure still shows.
            Scales = shown && markers.Count > 0 && config.Options.Scales?.X is { } x
                ? config.Options.Scales with { X = x with { Max = Math.Max(x.Max ?? max, Math.Ceiling(markers.Max(m => m.X))) } }
                : config.Options.Scales,
        };
        return (config with { Options = options }, shown ? markers : []);
    }

    /// <summary>A date as a fractional year: 2025 → 2025.0, 2025-06 → 2025.42, 2025-06-17 → 2025.46.</summary>
    public static double Position(string date)
    {
        var parts = date.Split('-');
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            return double.NaN;
        }
        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 1;
        var day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 1;
        var start = new DateOnly(year, 1, 1);
        var at = new DateOnly(year, Math.Clamp(month, 1, 12), 1).AddDays(Math.Clamp(day, 1, 31) - 1);
        return Math.Round(year + (at.DayNumber - start.DayNumber) / (DateTime.IsLeapYear(year) ? 366.0 : 365.0), 4);
    }
}
