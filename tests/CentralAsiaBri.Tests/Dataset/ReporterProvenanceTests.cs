using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Dataset;

/// <summary>
/// Who owns each trade figure, and where it was read: a reporter lists every page its figures come from,
/// unrelated relays are not one reporter, and the doubts of the reference notes travel with the rows.
/// </summary>
public sealed class ReporterProvenanceTests
{
    private const string RepostCaveat = "re-verify it against that original before publication";

    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    [Fact]
    public void A_reporters_sources_cover_every_page_its_figures_cite()
    {
        var missing = s_data.Observations.Where(o => o.Reporter is not null)
            .SelectMany(o => o.Citations.Select(c => (o.Reporter!, Page: c.SourceId)))
            .Where(x => !x.Item1.Citations.Any(c => c.SourceId == x.Page))
            .Select(x => $"{x.Item1.Id} lacks {x.Page}")
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Figures_read_on_repost_or_aggregator_pages_carry_the_caveat_of_the_reference_notes()
    {
        var reposts = s_data.Sources.Where(s => s.Note?.Contains("Repost or aggregator", StringComparison.Ordinal) == true)
            .Select(s => s.Id).ToHashSet();
        var rows = s_data.Observations.Where(o => o.Citations.Any(c => reposts.Contains(c.SourceId))).ToList();

        Assert.NotEmpty(rows);
        Assert.All(rows, o => Assert.True(o.Note?.Contains(RepostCaveat, StringComparison.Ordinal) == true, $"{o.Id} has no caveat"));
    }

    [Fact]
    public void Every_IMF_figure_quoted_by_Bhutia_says_it_is_IMF_based_and_probably_partner_reported()
    {
        var rows = s_data.Observations.Where(o => o.ReporterId == "imf-via-bhutia").ToList();

        Assert.Equal(4, rows.Count);
        Assert.All(rows, o => Assert.Contains("IMF-based", o.Note ?? "", StringComparison.Ordinal));
        Assert.All(rows, o => Assert.Contains("partner-reported", o.Note ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_reporter_whose_owner_is_unnamed_stands_for_one_relay_only()
    {
        // "Body not named" reporters: the owner is unknown, so two unrelated pages are two reporters.
        var unnamed = s_data.Reporters.Where(r => r.Name.Contains("body not named", StringComparison.OrdinalIgnoreCase)).ToList();

        Assert.NotEmpty(unnamed);
        Assert.All(unnamed, r => Assert.Single(s_data.Observations.Where(o => o.ReporterId == r.Id).SelectMany(o => o.Citations).Select(c => c.SourceId).Distinct()));
    }

    [Fact]
    public void The_Kazinform_dollar_figure_is_a_media_conversion_listed_with_its_page()
    {
        var row = Assert.Single(s_data.Observations, o => o.Id == "trade-ca5-gac-usd-conv-jan-may-2025-turnover-3");

        Assert.Equal("china-gac-usd-conversion-by-media", row.ReporterId);
        Assert.Contains(row.Reporter!.Citations, c => c.SourceId == "web-qazinform-2025-06");
    }
}
