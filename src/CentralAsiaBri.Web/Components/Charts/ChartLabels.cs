using System.Globalization;
using System.Text.RegularExpressions;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Localization;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>
/// The words a chart is built from, in the reader's language: axis titles, series and bar labels (countries,
/// flows, product groups, periods), event titles and file names. A page builds one from its localizers and
/// hands it to the chart builders; <see cref="English"/> (no localizers) writes the data's own English, which is
/// also what the localizers give on an English page, since every key used here is its English text.
/// </summary>
public sealed partial class ChartLabels(IStringLocalizer<ChartsText>? text, IStringLocalizer<SharedText>? shared, DataText? data)
{
    /// <summary>The labels without a request: English, exactly as the data writes it.</summary>
    public static ChartLabels English { get; } = new(null, null, null);

    /// <summary>A string of <see cref="ChartsText"/> whose key is its English text, formatted in the current culture.</summary>
    public string Text(string key, params object[] args) => text is null
        ? string.Format(CultureInfo.InvariantCulture, key, args)
        : text[key, args].Value;

    /// <summary>A country's or area's name by its id ("KZ" → "Kazakhstan", "哈萨克斯坦").</summary>
    public string Country(string id, string english) => data?.Country(id, english) ?? english;

    /// <summary>A unit's symbol by its English symbol ("bn USD" → "十亿美元").</summary>
    public string Symbol(string english) => data?.Symbol(english) ?? english;

    /// <summary>Who owns a statistic, by its id, translated where the data has a translation.</summary>
    public LocalText Reporter(string id, string english) => data?.Reporter(id, english) ?? Plain(english);

    /// <summary>A flow in lower case, as inside a label: "exports", "出口", "экспорт".</summary>
    public string Flow(TradeFlow flow) => shared?.Enum(flow) ?? flow.ToString().ToLowerInvariant();

    /// <summary>An event's title.</summary>
    public string EventTitle(EventView e) => data?.Get("event", e.Id, "title", e.Title).Text ?? e.Title;

    /// <summary>A figure's area, or area and partner: "Kazakhstan", "China–Central Asia".</summary>
    public LocalText Area(ObservationRow r)
    {
        var area = data?.Get("country", r.AreaId, "name", r.AreaName) ?? Plain(r.AreaName);
        if (r.PartnerName is null || r.PartnerId is null)
        {
            return area;
        }
        var partner = data?.Get("country", r.PartnerId, "name", r.PartnerName) ?? Plain(r.PartnerName);
        var both = $"{area.Text}–{partner.Text}";
        return partner.IsForeign ? partner with { Text = both } : area with { Text = both };
    }

    /// <summary>A figure's product group, translated where the data has a translation.</summary>
    public LocalText ProductGroup(ObservationRow r) =>
        data?.Get("observation", r.Id, "product_group", r.ProductGroup ?? "") ?? Plain(r.ProductGroup ?? "");

    /// <summary>
    /// A figure's period in the reader's language (<see cref="DataText.Period"/>): a regular one ("H1 2023") written
    /// by rule, a free-text one from the data's translations, otherwise the English period, marked as such.
    /// </summary>
    public LocalText Period(ObservationRow r) => data?.Period(r.Id, r.Period) ?? Plain(r.Period);

    /// <summary>The words that say which series a figure belongs to: area–partner, flow, product group, reporter (a proper name, kept in English).</summary>
    public IReadOnlyList<LocalText> SeriesParts(ObservationRow r)
    {
        var parts = new List<LocalText> { Area(r) };
        if (r.Flow is { } flow)
        {
            parts.Add(Plain(Flow(flow)));
        }
        if (r.ProductGroup is not null)
        {
            parts.Add(ProductGroup(r));
        }
        if (r.ReporterId is not null && r.ReporterName is not null)
        {
            parts.Add(Reporter(r.ReporterId, r.ReporterName));
        }
        return parts;
    }

    /// <summary>A series' label: "Kazakhstan–China, exports, machinery, Kazakhstan statistics".</summary>
    public string SeriesLabel(ObservationRow r) => Join(SeriesParts(r).Select(p => p.Text));

    /// <summary>Parts of a label joined as the language joins them: "a, b", "a，b".</summary>
    public string Join(IEnumerable<string> parts) => parts.Aggregate((a, b) => Text("{0}, {1}", a, b));

    /// <summary>The label of one figure in a bar chart: what it is about and when ("exports: machinery (2022)").</summary>
    public string BarLabel(ObservationRow r)
    {
        var subject = r.ProductGroup is not null ? ProductGroup(r).Text : Area(r).Text;
        var what = r.Flow is { } f && r.ProductGroup is not null ? Text("{0}: {1}", Flow(f), subject) : subject;
        return Text("{0} ({1})", what, Period(r).Text);
    }

    /// <summary>A name made safe as a file name in any language: no path or reserved characters, no spaces.</summary>
    public static string FileName(string name, string extension) =>
        $"{UnsafeFileNameCharacters().Replace(name.Trim(), "-").Trim('-', '.')}.{extension}";

    private static LocalText Plain(string text) => new(text, DataText.IsEnglish ? "en" : CultureInfo.CurrentUICulture.Name, DataText.IsEnglish ? LocalTextKind.Original : LocalTextKind.Translation);

    [GeneratedRegex(@"[\s\\/:*?""<>|,;]+")]
    private static partial Regex UnsafeFileNameCharacters();
}
