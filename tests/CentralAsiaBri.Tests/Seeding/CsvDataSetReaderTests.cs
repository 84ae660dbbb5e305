using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Seeding;

public sealed class CsvDataSetReaderTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private DataError SingleError()
    {
        var ex = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void Project_data_loads_without_a_single_problem()
    {
        var dataSet = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

        Assert.NotEmpty(dataSet.Observations);
        Assert.NotEmpty(dataSet.Projects);
        Assert.Equal(dataSet.RowCount, CsvDataSetReader.FileNames.Sum(f => File.ReadAllLines(Path.Combine(TempDataDirectory.ProjectDataDirectory, f)).Count(l => l.Length > 0) - 1));
    }

    [Fact]
    public void Unknown_country_is_reported_with_file_line_column_and_reason()
    {
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "countries", "KG;XX");

        var error = SingleError();

        Assert.Equal(new DataError("projects.csv", line, "countries", "unknown country 'XX' (not in countries.csv)"), error);
        Assert.Equal($"projects.csv line {line}, column 'countries': unknown country 'XX' (not in countries.csv)", error.ToString());
    }

    [Fact]
    public void Unknown_pillar_is_reported()
    {
        var (line, row) = _data.FindRow("indicators.csv", _ => true);
        _data.SetField("indicators.csv", "id", row["id"], "pillar_id", "friendship");

        Assert.Equal(new DataError("indicators.csv", line, "pillar_id", "unknown pillar 'friendship' (not in pillars.csv)"), SingleError());
    }

    [Theory]
    [InlineData("12,5")]
    [InlineData("about 300")]
    [InlineData("1e400")]
    [InlineData("NaN")]
    public void Unparseable_number_is_reported(string value)
    {
        var (line, row) = _data.FindRow("observations.csv", _ => true);
        _data.SetField("observations.csv", "id", row["id"], "value", value);

        var error = SingleError();

        Assert.Equal(("observations.csv", line, "value"), (error.File, error.Line, error.Column));
        Assert.StartsWith($"'{value}' is not a number", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_without_a_source_is_reported()
    {
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "sources", "");

        var error = SingleError();

        Assert.Equal(("projects.csv", line, "sources"), (error.File, error.Line, error.Column));
        Assert.StartsWith("every row needs at least one citation", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Citation_of_an_unknown_source_is_reported()
    {
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "sources", "article ¶9; rumour ¶1");

        Assert.Equal(new DataError("projects.csv", line, "sources", "unknown source 'rumour' (not in sources.csv)"), SingleError());
    }

    [Fact]
    public void Duplicate_id_is_reported_on_the_second_row()
    {
        var (firstLine, _) = _data.FindRow("pillars.csv", r => r["id"] == "unimpeded-trade");
        var duplicate = _data.ReadLines("pillars.csv")[firstLine - 1];
        var line = _data.AppendLine("pillars.csv", duplicate);

        Assert.Equal(new DataError("pillars.csv", line, "id", $"duplicate id 'unimpeded-trade' (first used on line {firstLine})"), SingleError());
    }

    [Fact]
    public void Dangling_reference_to_a_project_is_reported()
    {
        var (line, row) = _data.FindRow("project_figures.csv", r => r["project_id"] == "batken-solar-power-plant");
        _data.SetField("project_figures.csv", "id", row["id"], "project_id", "batken-wind-farm");

        Assert.Equal(new DataError("project_figures.csv", line, "project_id", "unknown project 'batken-wind-farm' (not in projects.csv or aiddata_gcof_projects.csv or aiddata_public_diplomacy_projects.csv or aiddata_military_projects.csv)"), SingleError());
    }

    [Fact]
    public void Wrong_column_set_names_the_missing_and_the_unexpected_column()
    {
        var lines = _data.ReadLines("countries.csv");
        lines[0] = lines[0].Replace("parent_id", "parent", StringComparison.Ordinal);
        _data.WriteLines("countries.csv", lines);

        var ex = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path));

        // The broken header is reported, and not buried under every reference to a country that follows.
        Assert.Equal(
            [
                new DataError("countries.csv", 1, "parent_id", "the header lacks this column"),
                new DataError("countries.csv", 1, "parent", "unexpected column (the file's columns are: id, name, kind, parent_id, focus, sources)"),
            ],
            ex.Errors);
    }

    [Fact]
    public void Missing_file_is_reported()
    {
        _data.Delete("events.csv");

        Assert.Equal(new DataError("events.csv", 0, "", $"the file is missing from {_data.Path}"), SingleError());
    }

    [Fact]
    public void Qualifier_in_words_is_rejected()
    {
        var (line, row) = _data.FindRow("observations.csv", _ => true);
        _data.SetField("observations.csv", "id", row["id"], "qualifier", "about");

        Assert.Equal(new DataError("observations.csv", line, "qualifier", "'about' is not a qualifier (one of = > < ≈ ≥ ≤)"), SingleError());
    }

    [Fact]
    public void Observation_in_a_unit_of_another_quantity_than_its_indicator_is_rejected()
    {
        var (line, row) = _data.FindRow("observations.csv", r => r["unit_id"] == "percent");
        _data.SetField("observations.csv", "id", row["id"], "unit_id", "usd-billion");

        Assert.Equal(
            new DataError("observations.csv", line, "unit_id", $"unit 'usd-billion' measures money but indicator '{row["indicator_id"]}' measures ratio"),
            SingleError());
    }

    [Fact]
    public void Project_figure_in_the_wrong_unit_is_rejected()
    {
        var (line, row) = _data.FindRow("project_figures.csv", r => r["project_id"] == "batken-solar-power-plant" && r["measure"] == "capacity");
        _data.SetField("project_figures.csv", "id", row["id"], "unit_id", "km");

        Assert.Equal(new DataError("project_figures.csv", line, "unit_id", "a capacity figure needs a power unit, not 'km'"), SingleError());
    }

    [Fact]
    public void Project_whose_dimension_contradicts_its_pillar_is_rejected()
    {
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "dimension_id", "security-cooperation");
        var (_, project) = _data.FindRow("projects.csv", r => r["id"] == "batken-solar-power-plant");
        var (_, pillar) = _data.FindRow("pillars.csv", r => r["id"] == project["pillar_id"]);

        Assert.Equal(
            new DataError("projects.csv", line, "dimension_id", $"is 'security-cooperation' but pillar '{pillar["id"]}' belongs to '{pillar["dimension_id"]}'"),
            SingleError());
    }

    [Fact]
    public void Unknown_enum_value_lists_the_allowed_ones()
    {
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "status", "finished");

        var error = SingleError();

        Assert.Equal(("projects.csv", line, "status"), (error.File, error.Line, error.Column));
        Assert.Equal("'finished' is not one of: proposed, planned, agreed, under-construction, operating, completed, ongoing, unknown", error.Reason);
    }

    [Fact]
    public void Row_with_too_few_fields_is_reported()
    {
        var line = _data.AppendLine("units.csv", "broken-unit,Broken");

        var error = SingleError();

        Assert.Equal(("units.csv", line, ""), (error.File, error.Line, error.Column));
        Assert.StartsWith("the row has 2 fields but the header has", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_every_file_is_reported_in_one_run()
    {
        var first = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "start_year", "twenty-twenty-five");
        var (second, row) = _data.FindRow("observations.csv", _ => true);
        _data.SetField("observations.csv", "id", row["id"], "period_end", "2025-13-01");

        var ex = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path));

        Assert.Equal(
            [
                new DataError("observations.csv", second, "period_end", "'2025-13-01' is not a date (yyyy-mm-dd)"),
                new DataError("projects.csv", first, "start_year", "'twenty-twenty-five' is not a year (four digits)"),
            ],
            ex.Errors);
        Assert.Contains($"projects.csv line {first}, column 'start_year'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Supplementary_figure_without_its_reporter_is_rejected()
    {
        var (line, row) = _data.FindRow("trade_observations.csv", _ => true);
        _data.SetField("trade_observations.csv", "id", row["id"], "reporter_id", "");

        Assert.Equal(new DataError("trade_observations.csv", line, "reporter_id", "a supplementary trade figure needs its reporter (whose statistic it is)"), SingleError());
    }

    [Fact]
    public void Line_numbers_count_blank_lines_and_lines_inside_quoted_fields()
    {
        var lines = _data.ReadLines("units.csv").ToList();
        lines.Add("");
        lines.Add("\"two-line\",\"spread over\nlines\",x,count,,1");
        lines.Add("bad-scale,Bad,b,count,,zero");
        _data.WriteLines("units.csv", lines);

        // The list's last three entries are a blank line, a record spanning two lines and the bad record:
        // the bad record is on physical line Count + 1.
        Assert.Equal(new DataError("units.csv", lines.Count + 1, "scale", "'zero' is not a number (use digits with '.' as decimal separator, no thousands separator)"), SingleError());
    }

    [Fact]
    public void Malformed_quoting_is_reported()
    {
        var line = _data.AppendLine("units.csv", "odd-unit,Odd \"quote,x,count,,1");

        var error = Assert.Single(Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors);

        Assert.Equal(("units.csv", line), (error.File, error.Line));
        Assert.StartsWith("malformed quoting", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_rejected()
    {
        File.WriteAllBytes(Path.Combine(_data.Path, "units.csv"), [.. "id,name\n"u8.ToArray(), 0xC3, 0x28, (byte)'\n']);

        Assert.Equal(new DataError("units.csv", 0, "", "the file is not valid UTF-8"), Assert.Single(Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors, e => e.File == "units.csv"));
    }

    [Fact]
    public void A_text_longer_than_the_store_keeps_is_rejected_by_line_and_column()
    {
        var line = _data.SetField("projects.csv", "id", "batken-solar-power-plant", "name", new string('x', 301));

        var ex = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path));

        Assert.Equal(new DataError("projects.csv", line, "name", "301 characters; the store keeps at most 300"), Assert.Single(ex.Errors));
    }
}
