using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>institutions.csv and institution_names.csv (ADR-021): the bodies behind the reporters, their sides and names.</summary>
public sealed class InstitutionsFileTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private DataError SingleError() => Assert.Single(Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors);

    [Fact]
    public void Every_reporter_belongs_to_a_cited_institution_with_a_side_and_a_cited_name()
    {
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
        var institutions = data.Rows<Institution>();
        var reporters = data.Rows<Reporter>();

        Assert.All(reporters, r => Assert.NotNull(r.Institution));
        Assert.All(institutions, i => Assert.NotEmpty(i.Citations));
        Assert.All(data.Rows<InstitutionName>(), n => Assert.NotEmpty(n.Citations));
        Assert.All(institutions, i => Assert.NotEmpty(i.Names));
        Assert.Equal(InstitutionSide.ChinaCustoms, Assert.Single(institutions, i => i.Id == "china-gac").Side);
        // The IMF's two DOTS lines, its two IMTS lines (ADR-024) and the IMF figures a writer quotes: five reporters, one body.
        var imf = Assert.Single(institutions, i => i.Id == "imf");
        Assert.Equal(InstitutionSide.InternationalDataset, imf.Side);
        Assert.Equal(["imf-dots-china-reported", "imf-dots-partner-reported", "imf-imts-china-reported", "imf-imts-partner-reported", "imf-via-bhutia"],
            reporters.Where(r => r.InstitutionId == "imf").Select(r => r.Id).Order());
        // No stored source shows the Uzbek statistics labels to be one body renamed: each stays an institution of its own.
        var uzbek = reporters.Where(r => r.CountryId == "UZ" && r.Kind == ReporterKind.StatisticsOffice).ToList();
        Assert.Equal(5, uzbek.Count);
        Assert.Equal(5, uzbek.Select(r => r.InstitutionId).Distinct().Count());
        Assert.All(uzbek, r => Assert.Equal(InstitutionSide.PartnerStatistics, r.Institution!.Side));
    }

    [Fact]
    public void A_side_outside_the_list_is_rejected_with_file_line_and_column()
    {
        var line = _data.SetField("institutions.csv", "id", "china-gac", "side", "china");

        Assert.Equal($"institutions.csv line {line}, column 'side': 'china' is not one of: china-customs, china-other, partner-statistics, "
            + "international-dataset, official-statement, unattributed", SingleError().ToString());
    }

    [Fact]
    public void A_reporter_naming_an_unknown_institution_is_rejected()
    {
        var line = _data.SetField("reporters.csv", "id", "china-gac", "institution_id", "china-customs-office");

        Assert.Equal(new DataError("reporters.csv", line, "institution_id", "unknown institution 'china-customs-office' (not in institutions.csv)"), SingleError());
    }

    [Fact]
    public void A_reporter_without_an_institution_is_rejected()
    {
        var line = _data.SetField("reporters.csv", "id", "china-gac", "institution_id", "");

        Assert.Equal(new DataError("reporters.csv", line, "institution_id", "a value is required"), SingleError());
    }

    [Fact]
    public void A_name_of_an_unknown_institution_is_rejected()
    {
        var line = _data.SetField("institution_names.csv", "institution_id", "imf", "institution_id", "world-bank");

        Assert.Equal(new DataError("institution_names.csv", line, "institution_id", "unknown institution 'world-bank' (not in institutions.csv)"), SingleError());
    }

    [Fact]
    public void A_name_that_ends_before_it_starts_is_rejected()
    {
        _data.SetField("institution_names.csv", "institution_id", "imf", "valid_from", "2024-03");
        var line = _data.SetField("institution_names.csv", "institution_id", "imf", "valid_to", "2023");

        Assert.Equal(new DataError("institution_names.csv", line, "valid_to", "'2023' is before valid_from '2024-03'"), SingleError());
    }

    [Fact]
    public void A_name_without_a_source_is_rejected()
    {
        var line = _data.SetField("institution_names.csv", "institution_id", "imf", "sources", "");

        var error = SingleError();

        Assert.Equal(("institution_names.csv", line, "sources"), (error.File, error.Line, error.Column));
    }
}
