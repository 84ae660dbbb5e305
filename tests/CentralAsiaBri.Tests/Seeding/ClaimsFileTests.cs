using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>claims.csv: read like every data file, with the checks that keep a claim's test computable.</summary>
public sealed class ClaimsFileTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private DataError SingleError() =>
        Assert.Single(Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors);

    [Fact]
    public void Every_claim_loads_with_the_documents_figure_it_reads()
    {
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

        var tripled = Assert.Single(data.Claims, c => c.Id == "trade-tripled-2015-2025");
        Assert.Equal("china-ca5-trade-multiple-ten-years", tripled.ObservationId);
        Assert.Equal(ClaimTest.GrowthMultiple, tripled.Test);
        Assert.Equal(("2015", "2025", "CA5", TradeFlow.Turnover), (tripled.From, tripled.To, tripled.PartnerIds, tripled.Flow));
        var investment = Assert.Single(data.Claims, c => c.Id == "investment-ca5-2013-2025");
        Assert.Equal(("cgit-investment-value", "KZ;KG;TJ;TM;UZ", AbsentRows.Zero, EvidenceScope.LowerBound),
            (investment.IndicatorId, investment.PartnerIds, investment.AbsentRows, investment.EvidenceScope));
        // Every claim reads a statement of the documents, never a reporter's statistic.
        Assert.All(data.Claims, c => Assert.Null(c.Observation!.ReporterId));
        Assert.All(data.Claims, c => Assert.NotEmpty(c.Citations));
    }

    [Fact]
    public void A_claim_naming_an_unknown_observation_is_refused_with_file_line_and_column()
    {
        var line = _data.SetField("claims.csv", "id", "trade-tripled-2015-2025", "observation_id", "trade-tripled");

        var error = SingleError();
        Assert.Equal(("claims.csv", line, "observation_id"), (error.File, error.Line, error.Column));
        Assert.StartsWith("unknown observation 'trade-tripled' (not in observations.csv", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_claim_reading_a_reporters_statistic_is_refused()
    {
        var line = _data.SetField("claims.csv", "id", "investment-ca5-2021-2025", "observation_id", "trade-ca5-china-gac-2025-turnover");

        var errors = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path)).Errors;

        // (Its exact figure also asks for a band: a second error of the same row.)
        Assert.Contains(new DataError("claims.csv", line, "observation_id", "observation 'trade-ca5-china-gac-2025-turnover' is a reporter's statistic, not a statement of the documents"), errors);
        Assert.All(errors, e => Assert.Equal(("claims.csv", line), (e.File, e.Line)));
    }

    [Theory]
    [InlineData("from", "2015-Q1", "'2015-Q1' is not a period (a year such as 2015, or a half-year such as 2023-H1)")]
    [InlineData("to", "2010", "a growth is measured from an earlier period to a later one")]
    [InlineData("to", "2025-H1", "from and to must both be years or both half-years")]
    [InlineData("tolerance_percent", "", "an '=' figure needs the band that counts as consistent")]
    [InlineData("tolerance_percent", "-5", "a band cannot be negative")]
    [InlineData("test", "sum-over-period", "test 'sum-over-period' cannot test a figure in 'times'")]
    [InlineData("absent_rows", "zero", "only a sum over a period can count a year without a row as zero")]
    [InlineData("indicator_id", "Trade Value", "'Trade Value' is not a valid indicator id (lowercase letters and digits, words joined by '-')")]
    [InlineData("partner_ids", "CA5;XX", "unknown country 'XX' (not in countries.csv)")]
    [InlineData("reporter_ids", "china-customs", "unknown reporter 'china-customs' (not in reporters.csv)")]
    public void A_bad_field_is_rejected_with_its_column_and_reason(string column, string value, string reason)
    {
        var line = _data.SetField("claims.csv", "id", "trade-tripled-2015-2025", column, value);

        Assert.Equal(new DataError("claims.csv", line, column is "from" or "to" && reason.StartsWith("from", StringComparison.Ordinal) ? "to" : column, reason), SingleError());
    }

    [Fact]
    public void A_claim_without_a_test_names_no_evidence()
    {
        var line = _data.SetField("claims.csv", "id", "investment-kz-renewables-2020-2025", "indicator_id", "cgit-investment-value");

        Assert.Equal(new DataError("claims.csv", line, "indicator_id", "a claim with test 'none' names no evidence (the basis says why no loaded series tests it)"), SingleError());
    }
}
