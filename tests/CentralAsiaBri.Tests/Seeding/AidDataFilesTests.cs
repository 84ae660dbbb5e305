using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using DatasetRow = CentralAsiaBri.Data.Model.Dataset;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>
/// The AidData files (GCOF 1.0, public diplomacy, military finance 2.0 and GCDF 3.0's regions): every row of each file
/// is loaded as AidData gives it, placed by documented data only, and a bad row is rejected with its file, line and column.
/// </summary>
public sealed class AidDataFilesTests : IDisposable
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private static int DataLines(string file) => File.ReadAllLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, file)).Length - 1;

    private static List<Project> Rows(string dataset) => [.. s_data.Projects.Where(p => p.DatasetId == dataset)];

    private IReadOnlyList<DataError> Errors() => Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors;

    [Theory]
    [InlineData("aiddata_gcof_projects.csv", "aiddata-gcof-1", 188)]
    [InlineData("aiddata_public_diplomacy_projects.csv", "aiddata-public-diplomacy", 228)]
    [InlineData("aiddata_military_projects.csv", "aiddata-military-2", 38)]
    public void Every_row_of_a_project_file_is_a_project_of_its_dataset(string file, string dataset, int provenanceRows)
    {
        var rows = Rows(dataset);

        // The count is the file's, and the file has the rows the PROVENANCE of ../shared/reference states.
        Assert.Equal(DataLines(file), rows.Count);
        Assert.Equal(provenanceRows, rows.Count);
        Assert.All(rows, p =>
        {
            Assert.Equal(ProjectKind.Finance, p.Kind);
            Assert.NotNull(p.DatasetRecordId);
            Assert.EndsWith($"-{p.DatasetRecordId}", p.Id, StringComparison.Ordinal);
            Assert.Null(p.Description);
            Assert.Null(p.Sector);
            Assert.NotEqual("CN", Assert.Single(p.Countries).Id);
            Assert.Equal(dataset, Assert.Single(p.Citations).SourceId);
            Assert.NotNull(p.Finance);
        });
    }

    [Fact]
    public void The_locations_file_holds_every_row_and_the_projects_the_provenance_counts()
    {
        var locations = s_data.Rows<AidDataLocation>();

        Assert.Equal(DataLines("aiddata_gcdf3_adm1.csv"), locations.Count);
        Assert.Equal(512, locations.Count);
        Assert.Equal(338, locations.Select(l => l.AidDataId).Distinct().Count());
        var perCountry = locations.GroupBy(l => l.CountryId).ToDictionary(g => g.Key, g => g.Select(l => l.AidDataId).Distinct().Count());
        Assert.Equal(new Dictionary<string, int> { ["KZ"] = 85, ["KG"] = 66, ["TJ"] = 88, ["TM"] = 28, ["UZ"] = 98 }, perCountry);
    }

    [Fact]
    public void GCOF_rows_take_their_sectors_place_and_the_other_datasets_their_datasets()
    {
        var sectors = s_data.Rows<SectorPillar>().ToDictionary(s => s.CrsCode);

        Assert.All(Rows("aiddata-gcof-1"), p =>
        {
            var sector = sectors[p.Finance!.CrsCode!.Value];
            Assert.Equal((sector.PillarId, sector.DimensionId), (p.PillarId, p.DimensionId));
        });
        Assert.All(Rows("aiddata-public-diplomacy"), p => Assert.Equal(("people-to-people-bonds", "security-cooperation"), (p.PillarId, p.DimensionId)));
        Assert.All(Rows("aiddata-military-2"), p => Assert.Equal((null, "security-cooperation"), (p.PillarId, p.DimensionId)));
    }

    [Fact]
    public void Amounts_stay_in_their_currency_and_the_deflated_value_keeps_its_own_base_year()
    {
        var refinery = Assert.Single(s_data.Projects, p => p.Id == "aiddata-gcof-39556");
        Assert.Equal((1060000000d, "USD", 1125754667d, 2014), (refinery.Finance!.Amount, refinery.Finance.Currency, refinery.Finance.DeflatedUsd, refinery.Finance.DeflatedBaseYear));
        Assert.Equal(ProjectStatus.Agreed, refinery.Status);
        Assert.Equal("Pipeline: Commitment", refinery.Finance.SourceStatus);

        var grant = Assert.Single(s_data.Projects, p => p.Id == "aiddata-military-54377");
        Assert.Equal((100000000d, "CNY", 14798489.49, 2017), (grant.Finance!.Amount, grant.Finance.Currency, grant.Finance.DeflatedUsd, grant.Finance.DeflatedBaseYear));

        // Public diplomacy's deflated values have no documented base year: the gap stays a gap.
        Assert.All(Rows("aiddata-public-diplomacy"), p => Assert.Null(p.Finance!.DeflatedBaseYear));
        // A row without an amount has no currency either.
        Assert.All(s_data.Projects.Where(p => p.Finance is { Amount: null }), p => Assert.Null(p.Finance!.Currency));
    }

    [Fact]
    public void The_same_AidData_record_in_two_datasets_is_two_rows_with_one_record_id()
    {
        var gcof = Assert.Single(s_data.Projects, p => p.Id == "aiddata-gcof-39556");
        var publicDiplomacy = Assert.Single(s_data.Projects, p => p.Id == "aiddata-pd-39556");

        Assert.Equal(gcof.DatasetRecordId, publicDiplomacy.DatasetRecordId);
        Assert.NotEqual(gcof.DatasetId, publicDiplomacy.DatasetId);
    }

    [Fact]
    public void An_unknown_AidData_status_is_rejected_with_file_line_and_column()
    {
        var line = _data.SetField("aiddata_gcof_projects.csv", "aiddata_id", "39555", "aiddata_status", "Pipeline: Maybe");

        Assert.Equal(
            new DataError("aiddata_gcof_projects.csv", line, "aiddata_status",
                "'Pipeline: Maybe' is not one of AidData's statuses: 'Pipeline: Pledge', 'Pipeline: Commitment', 'Implementation', 'Completion'"),
            Assert.Single(Errors()));
    }

    [Fact]
    public void A_bad_amount_currency_and_id_are_each_rejected_on_their_row()
    {
        var line = _data.SetField("aiddata_public_diplomacy_projects.csv", "aiddata_id", "39539", "amount", "120 million");
        _data.SetField("aiddata_public_diplomacy_projects.csv", "aiddata_id", "39539", "currency", "usd");
        var idLine = _data.SetField("aiddata_military_projects.csv", "aiddata_id", "54377", "aiddata_id", "TUFF-54377");

        Assert.Equal(
            [
                new DataError("aiddata_public_diplomacy_projects.csv", line, "amount", "'120 million' is not a number (use digits with '.' as decimal separator, no thousands separator)"),
                new DataError("aiddata_public_diplomacy_projects.csv", line, "currency", "'usd' is not an ISO 4217 code (three capital letters)"),
                new DataError("aiddata_military_projects.csv", idLine, "aiddata_id", "'TUFF-54377' is not an AidData project id (a positive whole number)"),
            ],
            Errors());
    }

    [Fact]
    public void A_recipient_outside_the_five_states_is_rejected()
    {
        var line = _data.SetField("aiddata_gcof_projects.csv", "aiddata_id", "39555", "recipient", "CN");

        Assert.Equal(new DataError("aiddata_gcof_projects.csv", line, "recipient", "'CN' is not one of the five Central Asian states"), Assert.Single(Errors()));
    }

    [Fact]
    public void A_location_with_a_ratio_above_one_is_rejected_with_file_line_and_column()
    {
        // The first row of project 40063 is its share in Tajikistan's Districts of Republican Subordination.
        var line = _data.SetField("aiddata_gcdf3_adm1.csv", "aiddata_id", "40063", "intersection_ratio", "1.7");

        Assert.Equal(new DataError("aiddata_gcdf3_adm1.csv", line, "intersection_ratio", "1.7 is not a ratio between 0 and 1"), Assert.Single(Errors()));
    }

    [Fact]
    public void A_dataset_placed_under_a_pillar_of_another_dimension_is_rejected()
    {
        var line = _data.SetField("datasets.csv", "id", "aiddata-public-diplomacy", "dimension_id", "economic-interdependence");

        Assert.Equal(new DataError("datasets.csv", line, "dimension_id",
            "is 'economic-interdependence' but pillar 'people-to-people-bonds' belongs to 'security-cooperation'"), Assert.Single(Errors()));
    }

    [Fact]
    public void Every_dataset_states_its_terms_and_an_unconfirmed_licence_is_blank()
    {
        var datasets = s_data.Rows<DatasetRow>().ToDictionary(d => d.Id);

        Assert.Null(datasets["aiddata-gcof-1"].Licence);
        Assert.StartsWith("Not confirmed", datasets["aiddata-gcof-1"].Terms, StringComparison.Ordinal);
        Assert.Null(datasets["aiddata-public-diplomacy"].Licence);
        Assert.Equal("ODC-By-1.0", datasets["aiddata-military-2"].Licence);
        Assert.Equal("ODC-By-1.0", datasets["aiddata-gcdf-3"].Licence);
        Assert.Equal("https://china.aiddata.org/projects/39556", DatasetRow.RecordLink(datasets["aiddata-gcof-1"].RecordUrl, 39556));
    }
}
