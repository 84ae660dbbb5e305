using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Queries;

/// <summary>Shapes loaded entities into the records pages show; one place per shape.</summary>
internal static class Views
{
    public static List<CitationView> Cite(IEnumerable<Citation> citations) =>
        [.. citations.Select(c => new CitationView(c.SourceId, c.Location, c.Source!.Title, c.Source.Url, c.Source.ReferenceNumber, c.Source.Published, c.Source.Terms))];

    /// <summary>A project figure with its citations (needs Unit and Citations.Source loaded).</summary>
    public static FigureView Figure(ProjectFigure f) =>
        new(MeasureLabel(f.Measure), f.Qualifier, f.Value, f.Unit!.Symbol, null, Cite(f.Citations), f.Measure);

    /// <summary>An event with its countries and citations (needs Countries and Citations.Source loaded).</summary>
    public static EventView Event(TimelineEvent e) =>
        new(e.Id, e.DateQualifier, e.Date, e.EndDate, e.Title, e.Kind, e.Description, [.. e.Countries.OrderBy(c => c.Name).Select(c => new NamedLink(c.Id, c.Name))], Cite(e.Citations));

    /// <summary>A dataset with its terms and the citation it asks for.</summary>
    public static DatasetView Dataset(Dataset d) => new(d.Id, d.Name, d.Licence, d.LicenceUrl, d.Terms, d.Citation, d.RecordUrl);

    /// <summary>A dataset row's money and the dataset's own words for it.</summary>
    public static FinanceView? Finance(ProjectFinance? f) => f is null ? null : new(f.Amount, f.Currency, f.DeflatedUsd, f.DeflatedBaseYear,
        f.SourceStatus, f.FlowType, f.FlowClass, f.CrsCode, f.CrsName, f.YearEstimated, f.Recommended, f.Umbrella, f.SourceUrls);

    private static string MeasureLabel(FigureMeasure measure) => measure switch
    {
        FigureMeasure.TransitTime => "transit time",
        _ => measure.ToString().ToLowerInvariant(),
    };
}
