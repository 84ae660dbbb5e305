using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Tests.Claims;

/// <summary>The evaluator on its own, over rows built here: each verdict, the qualifiers, gaps, currencies and reporters kept apart.</summary>
public sealed class ClaimEvaluatorTests
{
    private static readonly CitationView s_web = new("web-test", null, "A test page", "https://example.org", null, "2026-01-01");

    private static ClaimPeriod Period(string text) => ClaimPeriod.TryParse(text, out var period) ? period : throw new ArgumentException(text);

    private static ObservationRow Row(string id, string reporter, string partner, string period, double value, string unit = "usd-billion",
        Qualifier qualifier = Qualifier.Exact, string indicator = "trade-value", TradeFlow? flow = TradeFlow.Turnover, string? productGroup = null, string area = "CN")
    {
        var p = Period(period);
        var (scale, currency, symbol) = unit switch
        {
            "usd-billion" => (1e9, "USD", "bn USD"),
            "usd-million" => (1e6, "USD", "m USD"),
            "usd-hundred-million" => (1e8, "USD", "100 m USD"),
            "cny-billion" => (1e9, (string?)"CNY", "bn CNY"),
            "times" => (1, null, "×"),
            _ => (0.01, null, "%"),
        };
        return new ObservationRow(id, indicator, area, area, partner, partner, flow, productGroup, p.ToString(), p.Start, p.End, qualifier, value,
            false, null, null, unit, symbol, scale, currency, reporter == "" ? null : reporter, reporter == "" ? null : reporter.ToUpperInvariant(), null, [s_web]);
    }

    private static ObservationRow Stated(Qualifier qualifier, double value, string unit) =>
        Row("stated", "", "CA5", "2025", value, unit, qualifier, indicator: unit == "times" ? "trade-growth-multiple" : unit == "percent" ? "trade-growth" : "investment-value");

    private static ClaimDefinition Claim(ClaimTest test, ObservationRow stated, string from, string to, double? tolerance = null,
        string indicator = "trade-value", string[]? partners = null, TradeFlow? flow = TradeFlow.Turnover, string? productGroup = null,
        AbsentRows absent = AbsentRows.Gap, EvidenceScope scope = EvidenceScope.Same, string[]? reporters = null)
    {
        var (f, t) = (Period(from), Period(to));
        return new ClaimDefinition("test-claim", stated, test, indicator, "CN", partners ?? ["CA5"], flow, productGroup, reporters ?? [],
            f, t, absent, scope, tolerance, "basis", []);
    }

    private static ClaimDefinition Tripled(double tolerance = 10) => Claim(ClaimTest.GrowthMultiple, Stated(Qualifier.Exact, 3, "times"), "2015", "2025", tolerance);

    [Fact]
    public void Tripled_is_consistent_when_one_reporters_own_figures_give_three_times_within_the_band()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "china-gac", "CA5", "2015", 35), Row("b", "china-gac", "CA5", "2025", 106.3)]);

        var line = Assert.Single(result.Lines);
        Assert.Equal(ClaimVerdict.Consistent, result.Verdict);
        Assert.Equal(ClaimReason.WithinBand, line.Reason);
        Assert.Equal(106.3 / 35, line.Figure);
        Assert.Equal(["a", "b"], line.Inputs.Select(i => i.Id));
        Assert.Equal("USD", line.Currency);
        Assert.Equal([106.3 / 35, 2.7, 3.3], line.Arguments.Cast<double>().Select(d => Math.Round(d, 10)), new RoundedComparer());
    }

    private sealed class RoundedComparer : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-9;

        public int GetHashCode(double obj) => 0;
    }

    [Fact]
    public void Tripled_is_inconsistent_when_the_multiple_is_outside_the_band()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "china-gac", "CA5", "2015", 50), Row("b", "china-gac", "CA5", "2025", 106.3)]);

        Assert.Equal(ClaimVerdict.Inconsistent, result.Verdict);
        Assert.Equal(ClaimReason.OutsideBand, Assert.Single(result.Lines).Reason);
    }

    [Fact]
    public void A_missing_year_makes_the_line_not_testable_and_names_the_year()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("b", "china-gac", "CA5", "2025", 106.3), Row("c", "china-gac", "CA5", "2013", 43)]);

        var line = Assert.Single(result.Lines);
        Assert.Equal(ClaimVerdict.NotTestable, result.Verdict);
        Assert.Equal(ClaimReason.MissingPeriods, line.Reason);
        Assert.Equal(["2015 (CA5)"], line.Arguments);
        Assert.Null(line.Figure);
    }

    [Fact]
    public void Two_reporters_are_never_joined_into_one_line()
    {
        // Customs has 2015 only, the secretariat 2025 only: together they would give a multiple; apart, neither can.
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "china-gac", "CA5", "2015", 35), Row("b", "cca-secretariat", "CA5", "2025", 106.3)]);

        Assert.Equal(ClaimVerdict.NotTestable, result.Verdict);
        Assert.Equal(["cca-secretariat", "china-gac"], result.Lines.Select(l => l.ReporterId));
        Assert.All(result.Lines, l => Assert.Equal(ClaimReason.MissingPeriods, l.Reason));
        Assert.Equal((ClaimReason.NoLineTestable, 2), (result.Reason, (int)result.Arguments[0]));
    }

    [Fact]
    public void Reporters_that_disagree_give_each_their_verdict_and_the_claim_says_so()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [
            Row("a", "china-gac", "CA5", "2015", 35), Row("b", "china-gac", "CA5", "2025", 106.3),
            Row("c", "partner", "CA5", "2015", 35), Row("d", "partner", "CA5", "2025", 60)]);

        Assert.Equal(ClaimVerdict.Mixed, result.Verdict);
        Assert.Equal([ClaimVerdict.Consistent, ClaimVerdict.Inconsistent], result.Lines.Select(l => l.Verdict));
    }

    [Fact]
    public void A_yuan_figure_and_a_dollar_figure_are_not_divided_and_no_currency_is_converted()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "china-gac", "CA5", "2015", 250, "cny-billion"), Row("b", "china-gac", "CA5", "2025", 106.3)]);

        var line = Assert.Single(result.Lines);
        Assert.Equal(ClaimReason.MixedCurrencies, line.Reason);
        Assert.Equal(["2015 (CA5): CNY; 2025 (CA5): USD"], line.Arguments);
    }

    [Fact]
    public void Figures_of_one_currency_in_two_scales_are_compared_through_their_units()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "china-gac", "CA5", "2015", 354.3, "usd-hundred-million"), Row("b", "china-gac", "CA5", "2025", 106.3)]);

        Assert.Equal(ClaimVerdict.Consistent, result.Verdict);
        Assert.Equal(106.3e9 / 354.3e8, Assert.Single(result.Lines).Figure!.Value, 12);
    }

    [Fact]
    public void A_reporter_with_yuan_and_dollar_figures_for_both_years_gives_one_line_per_currency()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [
            Row("a", "china-gac", "CA5", "2015", 35), Row("b", "china-gac", "CA5", "2025", 106.3),
            Row("c", "china-gac", "CA5", "2015", 250, "cny-billion"), Row("d", "china-gac", "CA5", "2025", 700, "cny-billion")]);

        Assert.Equal(["CNY", "USD"], result.Lines.Select(l => l.Currency));
        Assert.Equal(700.0 / 250, result.Lines[0].Figure);
    }

    [Fact]
    public void A_sum_in_yuan_does_not_test_a_claim_in_dollars()
    {
        var claim = Claim(ClaimTest.SumOverPeriod, Stated(Qualifier.GreaterThan, 30, "usd-billion"), "2024", "2025", indicator: "trade-value");

        var result = ClaimEvaluator.Evaluate(claim, [Row("a", "china-gac", "CA5", "2024", 20, "cny-billion"), Row("b", "china-gac", "CA5", "2025", 20, "cny-billion")]);

        var line = Assert.Single(result.Lines);
        Assert.Equal(ClaimReason.CurrencyMismatch, line.Reason);
        Assert.Equal(["CNY", "USD"], line.Arguments);
    }

    [Fact]
    public void Only_exact_figures_are_evidence()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "china-gac", "CA5", "2015", 35, qualifier: Qualifier.GreaterThan), Row("b", "china-gac", "CA5", "2025", 106.3)]);

        Assert.Equal(ClaimReason.OnlyApproximate, Assert.Single(result.Lines).Reason);
    }

    [Fact]
    public void Of_several_publications_of_one_figure_the_one_with_most_digits_is_used()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "china-gac", "CA5", "2015", 35), Row("b", "china-gac", "CA5", "2025", 106), Row("c", "china-gac", "CA5", "2025", 106.3)]);

        Assert.Equal(["a", "c"], Assert.Single(result.Lines).Inputs.Select(i => i.Id));
    }

    [Theory]
    [InlineData(Qualifier.GreaterThan, 50, 60, ClaimVerdict.Consistent)]
    [InlineData(Qualifier.GreaterThan, 50, 50, ClaimVerdict.Inconsistent)]
    [InlineData(Qualifier.AtLeast, 50, 50, ClaimVerdict.Consistent)]
    [InlineData(Qualifier.LessThan, 50, 40, ClaimVerdict.Consistent)]
    [InlineData(Qualifier.LessThan, 50, 55, ClaimVerdict.Inconsistent)]
    [InlineData(Qualifier.AtMost, 50, 50, ClaimVerdict.Consistent)]
    [InlineData(Qualifier.Approximately, 50, 52, ClaimVerdict.Consistent)]
    [InlineData(Qualifier.Approximately, 50, 56, ClaimVerdict.Inconsistent)]
    [InlineData(Qualifier.Exact, 50, 44, ClaimVerdict.Inconsistent)]
    public void A_growth_rate_is_held_against_the_stated_qualifier(Qualifier qualifier, double stated, double rate, ClaimVerdict expected)
    {
        var claim = Claim(ClaimTest.GrowthRate, Stated(qualifier, stated, "percent"), "2021", "2022", tolerance: 10, flow: TradeFlow.Imports, productGroup: "energy");
        var rows = new[]
        {
            Row("a", "china-gac", "CA5", "2021", 100, flow: TradeFlow.Imports, productGroup: "energy"),
            Row("b", "china-gac", "CA5", "2022", 100 * (1 + rate / 100), flow: TradeFlow.Imports, productGroup: "energy"),
            // Another product group and another flow are not evidence.
            Row("c", "china-gac", "CA5", "2022", 1000, flow: TradeFlow.Imports, productGroup: "textiles"),
            Row("d", "china-gac", "CA5", "2022", 1000, flow: TradeFlow.Exports, productGroup: "energy"),
        };

        var result = ClaimEvaluator.Evaluate(claim, rows);

        Assert.Equal(expected, result.Verdict);
        Assert.Equal(rate, Assert.Single(result.Lines).Figure!.Value, 9);
    }

    [Fact]
    public void Half_years_are_matched_by_their_first_and_last_day()
    {
        var claim = Claim(ClaimTest.GrowthRate, Stated(Qualifier.Exact, 100, "percent"), "2022-H1", "2023-H1", tolerance: 1, flow: TradeFlow.Exports);

        var result = ClaimEvaluator.Evaluate(claim, [
            Row("a", "china-gac", "CA5", "2022-H1", 10, flow: TradeFlow.Exports), Row("b", "china-gac", "CA5", "2023-H1", 20, flow: TradeFlow.Exports),
            Row("c", "china-gac", "CA5", "2023", 90, flow: TradeFlow.Exports)]);

        Assert.Equal(ClaimVerdict.Consistent, result.Verdict);
        Assert.Equal(["a", "b"], Assert.Single(result.Lines).Inputs.Select(i => i.Id));
    }

    [Fact]
    public void A_series_not_loaded_is_named_in_the_reason()
    {
        var claim = Claim(ClaimTest.SumOverPeriod, Stated(Qualifier.GreaterThan, 30, "usd-billion"), "2013", "2025", indicator: "cgit-investment-value",
            partners: ["KZ", "KG", "TJ", "TM", "UZ"], flow: null, absent: AbsentRows.Zero, scope: EvidenceScope.LowerBound);

        var result = ClaimEvaluator.Evaluate(claim, [Row("a", "china-gac", "CA5", "2015", 35)]);

        Assert.Equal(ClaimVerdict.NotTestable, result.Verdict);
        Assert.Equal(ClaimReason.IndicatorNotLoaded, result.Reason);
        Assert.Equal(["cgit-investment-value"], result.Arguments);
        Assert.Empty(result.Lines);
    }

    [Fact]
    public void Rows_of_the_documents_themselves_are_not_evidence()
    {
        var result = ClaimEvaluator.Evaluate(Tripled(), [Row("a", "", "CA5", "2015", 35), Row("b", "", "CA5", "2025", 106.3)]);

        Assert.Equal(ClaimReason.IndicatorNotLoaded, result.Reason);
    }

    // The investment tracker's aggregates (cgit_observations.csv): one reporter per edition, a row only where a deal was tracked.
    private static ObservationRow Cgit(string edition, string partner, int year, double millions, string? sector = null) =>
        Row($"cgit-{edition}-{partner}-{year}-{sector}", edition, partner, year.ToString(System.Globalization.CultureInfo.InvariantCulture), millions, "usd-million",
            indicator: "cgit-investment-value", flow: null, productGroup: sector);

    private static ClaimDefinition Investment(string from, string to) =>
        Claim(ClaimTest.SumOverPeriod, Stated(Qualifier.GreaterThan, 30, "usd-billion"), from, to, indicator: "cgit-investment-value",
            partners: ["KZ", "KG", "TJ", "TM", "UZ"], flow: null, absent: AbsentRows.Zero, scope: EvidenceScope.LowerBound);

    [Fact]
    public void A_tracker_sum_above_the_bound_confirms_more_than_and_years_without_a_deal_count_as_zero()
    {
        var rows = new[]
        {
            Cgit("aei-2025", "KZ", 2013, 20000), Cgit("aei-2025", "UZ", 2016, 6000), Cgit("aei-2025", "KG", 2025, 5000),
            Cgit("aei-2025", "KZ", 2013, 999999, "Energy"), // a sector's row is not the all-sector total
        };

        var result = ClaimEvaluator.Evaluate(Investment("2013", "2025"), rows);

        var line = Assert.Single(result.Lines);
        Assert.Equal(ClaimVerdict.Consistent, line.Verdict);
        Assert.Equal(31, line.Figure!.Value, 9);
        Assert.Equal(ClaimReason.Meets, line.Reason);
    }

    [Fact]
    public void A_tracker_sum_below_the_bound_neither_confirms_nor_refutes_more_than()
    {
        var result = ClaimEvaluator.Evaluate(Investment("2021", "2025"), [Cgit("aei-2025", "KZ", 2013, 20000), Cgit("aei-2025", "KZ", 2024, 4150), Cgit("aei-2025", "UZ", 2025, 2140)]);

        var line = Assert.Single(result.Lines);
        Assert.Equal(ClaimVerdict.NotTestable, line.Verdict);
        Assert.Equal(ClaimReason.LowerBoundOnly, line.Reason);
        Assert.Equal(6.29, line.Figure!.Value, 9);
    }

    [Fact]
    public void A_tracker_lower_bound_above_an_about_figure_refutes_it()
    {
        var claim = Investment("2013", "2025") with { Stated = Stated(Qualifier.Approximately, 10, "usd-billion"), TolerancePercent = 10 };

        var result = ClaimEvaluator.Evaluate(claim, [Cgit("aei-2025", "KZ", 2013, 20000), Cgit("aei-2025", "KZ", 2025, 1000)]);

        Assert.Equal(ClaimVerdict.Inconsistent, result.Verdict);
        Assert.Equal(ClaimReason.OutsideBand, Assert.Single(result.Lines).Reason);
    }

    [Fact]
    public void An_edition_that_ends_before_the_claims_last_year_is_not_counted_as_zero_there()
    {
        var rows = new[] { Cgit("aei-2020", "KZ", 2013, 40000), Cgit("aei-2020", "KZ", 2019, 850), Cgit("aei-2025", "KZ", 2013, 40000), Cgit("aei-2025", "KZ", 2025, 1) };

        var result = ClaimEvaluator.Evaluate(Investment("2013", "2025"), rows);

        // Editions are reporters of their own: each its own line, never added together.
        Assert.Equal(["aei-2020", "aei-2025"], result.Lines.Select(l => l.ReporterId));
        Assert.Equal(ClaimReason.OutsideCoverage, result.Lines[0].Reason);
        Assert.Equal(["2020, 2021, 2022, 2023, 2024, 2025", 2013, 2019], result.Lines[0].Arguments);
        Assert.Equal(ClaimVerdict.Consistent, result.Lines[1].Verdict);
        Assert.Equal(ClaimVerdict.Consistent, result.Verdict);
    }

    [Fact]
    public void A_claim_without_a_test_is_not_testable_and_says_so()
    {
        var claim = Tripled() with { Test = ClaimTest.None, IndicatorId = null, From = null, To = null };

        var result = ClaimEvaluator.Evaluate(claim, [Row("a", "china-gac", "CA5", "2015", 35)]);

        Assert.Equal((ClaimVerdict.NotTestable, ClaimReason.NoTest), (result.Verdict, result.Reason));
    }
}
