using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Dataset;

/// <summary>
/// Spot checks of the transcription against the source documents: figures with their qualifiers and units,
/// relative dates resolved against the article's date, and the paper's framework.
/// </summary>
public sealed class SourceDocumentFactsTests
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    private static Observation Observation(Func<Observation, bool> match) => Assert.Single(s_data.Observations, o => match(o));

    [Fact]
    public void The_six_focus_countries_are_the_five_Central_Asian_states_and_China()
    {
        Assert.Equal(["CN", "KG", "KZ", "TJ", "TM", "UZ"], s_data.Countries.Where(c => c.IsFocus).Select(c => c.Id).Order());
    }

    [Fact]
    public void Pillars_feed_the_dimensions_the_paper_assigns_them()
    {
        var mapping = s_data.Pillars.ToDictionary(p => p.Id, p => p.DimensionId);

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["infrastructure-connectivity"] = "economic-interdependence",
                ["unimpeded-trade"] = "economic-interdependence",
                ["policy-coordination"] = "institutional-coordination",
                ["financial-integration"] = "institutional-coordination",
                ["people-to-people-bonds"] = "security-cooperation",
            },
            mapping);
    }

    [Fact]
    public void Qualifiers_of_the_paper_are_kept_as_data()
    {
        var index = Observation(o => o.IndicatorId == "intra-industry-trade-index");
        Assert.Equal((Qualifier.LessThan, 0.2, "1996–2013"), (index.Qualifier, index.Value, index.Period));

        var enterprises = Observation(o => o.IndicatorId == "ecommerce-enterprises");
        Assert.Equal((Qualifier.Approximately, 300.0, "count"), (enterprises.Qualifier, enterprises.Value, enterprises.UnitId));

        var exhibition = Assert.Single(s_data.ProjectFigures, f => f.Measure == FigureMeasure.Turnover);
        Assert.Equal((Qualifier.GreaterThan, 800.0, "cny-million"), (exhibition.Qualifier, exhibition.Value, exhibition.UnitId));
    }

    [Fact]
    public void Jiangsu_exports_are_in_billion_yuan_for_the_first_half_of_2025_with_reference_2()
    {
        var exports = Observation(o => o.AreaId == "CN-JS" && o.IndicatorId == "trade-value");

        Assert.Equal((11.099, "cny-billion", Qualifier.Exact), (exports.Value, exports.UnitId, exports.Qualifier));
        Assert.Equal((new DateOnly(2025, 1, 1), new DateOnly(2025, 6, 30)), (exports.PeriodStart, exports.PeriodEnd));
        Assert.Contains(exports.Citations, c => c.SourceId == "paper-ref2");
        Assert.Contains(exports.Citations, c => c.SourceId == "paper" && c.Location == "§2 ¶3");
    }

    [Fact]
    public void Batken_solar_plant_is_600_MW_agreed_with_CECEP_in_April_2025()
    {
        var batken = Assert.Single(s_data.Projects, p => p.Id == "batken-solar-power-plant");

        Assert.Equal((600.0, "mw"), (batken.Figures.Single().Value, batken.Figures.Single().UnitId));
        Assert.Contains(batken.Organisations, o => o.OrganisationId == "cecep-solar-energy");
        Assert.Equal(["CN", "KG"], batken.Countries.Select(c => c.Id).Order());
        Assert.Contains(s_data.Events, e => e.Projects.Contains(batken) && e.Date == "2025-04");
    }

    [Theory]
    [InlineData("wang-yi-central-asia-visit-2025-11", "2025-11-19", "2025-11-22")] // "Nov. 19 to 22"
    [InlineData("kyrgyzstan-250mw-solar-investment-agreement", "2025-10", null)] // "Last month"
    [InlineData("trump-sanctions-threat-2025-11-17", "2025-11-17", null)] // "On Nov. 17"
    public void Relative_dates_of_the_article_are_resolved_against_its_date(string eventId, string date, string? endDate)
    {
        var @event = Assert.Single(s_data.Events, e => e.Id == eventId);

        Assert.Equal((date, endDate), (@event.Date, @event.EndDate));
    }

    [Fact]
    public void The_papers_relative_dates_resolve_to_years_not_to_a_references_publication_day()
    {
        var referenceDays = s_data.Sources.Where(s => s.Kind == SourceKind.Reference && s.Published is { Length: 10 })
            .Select(s => DateOnly.ParseExact(s.Published!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).ToHashSet();
        var paperFigures = s_data.Observations.Where(o => o.Citations.Any(c => c.SourceId == "paper")).ToList();

        Assert.NotEmpty(paperFigures);
        Assert.All(paperFigures, o => Assert.DoesNotContain(o.PeriodEnd, referenceDays));
        // "Tripled in ten years" (paper §2 ¶3, reference [3] of 2025-07-30): the ten years up to 2025.
        var multiple = Observation(o => o.Id == "china-ca5-trade-multiple-ten-years");
        Assert.Equal(((DateOnly?)null, new DateOnly(2025, 12, 31)), (multiple.PeriodStart, multiple.PeriodEnd));
    }

    [Fact]
    public void Recent_events_without_a_date_are_recorded_as_before_the_article()
    {
        var meeting = Assert.Single(s_data.Events, e => e.Id == "white-house-central-asia-meeting");

        Assert.Equal((Qualifier.LessThan, "2025-11-25"), (meeting.DateQualifier, meeting.Date));
    }

    [Theory]
    [InlineData("glossary", "five-pronged-connectivity", "paper", "§2 ¶1", "Xi Jinping")]
    [InlineData("observation", "china-ca5-trade-multiple-ten-years", "paper-ref3", null, "new-energy vehicles")]
    [InlineData("observation", "china-exports-ca5-sugar-related-h1-2023", "paper", "§3 ¶3", "TV sets and electrical equipment")]
    [InlineData("project", "regional-clean-energy-infrastructure", "paper", "§3.2 ¶1", "clean energy infrastructure")]
    [InlineData("project", "power-of-siberia-2-pipeline", "paper", "§4.3 ¶1", "US and South Korea")]
    [InlineData("project", "uzbekistan-multi-directional-connectivity-plan", "paper", "§3.1 ¶2", "logistics costs")]
    [InlineData("observation", "china-investment-ca5-recent-years", "article", "¶2", "major investment source")]
    [InlineData("project", "china-central-asia-renewable-energy-support", "article", "¶9", "fossil fuels")]
    [InlineData("project", "china-central-asia-dialogue-investment-planning-mechanisms", "article", "¶12", "likely seeks")]
    [InlineData("glossary", "multi-vector-foreign-policy", "article", "¶13", "non-interference")]
    [InlineData("challenge", "geopolitical-competition", "article", "¶15", "primary trade partner")]
    public void Facts_of_the_documents_are_carried_with_their_location(string kind, string id, string source, string? location, string phrase)
    {
        var (text, citations) = kind switch
        {
            "glossary" => s_data.GlossaryTerms.Where(g => g.Id == id).Select(g => (g.Definition, g.Citations)).Single(),
            "observation" => s_data.Observations.Where(o => o.Id == id).Select(o => (o.Note ?? "", o.Citations)).Single(),
            "project" => s_data.Projects.Where(p => p.Id == id).Select(p => (p.Description, p.Citations)).Single(),
            "challenge" => s_data.Challenges.Where(c => c.Id == id).Select(c => (c.Summary, c.Citations)).Single(),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

        Assert.Contains(phrase, text, StringComparison.Ordinal);
        Assert.Contains(citations, c => c.SourceId == source && c.Location == location);
    }

    [Fact]
    public void The_paper_references_are_its_eight_numbered_references()
    {
        var references = s_data.Sources.Where(s => s.Kind == SourceKind.Reference).OrderBy(s => s.ReferenceNumber).ToList();

        Assert.Equal(Enumerable.Range(1, 8), references.Select(r => r.ReferenceNumber!.Value));
        Assert.All(references, r => Assert.Equal("paper", r.CitedInId));
    }

    [Fact]
    public void Every_named_challenge_of_the_product_is_present_with_a_citation()
    {
        string[] named = ["geopolitical-competition", "regional-security-risks", "energy-cooperation-dilemma", "trade-structure-imbalance", "third-party-interference"];

        Assert.All(named, id => Assert.NotEmpty(Assert.Single(s_data.Challenges, c => c.Id == id).Citations));
        Assert.Equal(3, s_data.Recommendations.Count);
    }
}
