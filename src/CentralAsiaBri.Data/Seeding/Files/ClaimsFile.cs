using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// claims.csv: how each quantitative statement of the two documents is read and tested against the loaded series
/// (ADR-025). No verdict is stored: the claims page computes it from the store.
/// </summary>
internal sealed class ClaimsFile : DataFileDescriptor<Claim>
{
    public override string Name => "claims.csv";
    // After the observations it reads and the reporters it names; before translations.csv, which translates its basis.
    public override int ReadOrder => 185;
    public override string RowName => "claim";
    public override IReadOnlyList<string> Columns { get; } =
    [
        "id", "sort_order", "observation_id", "test", "indicator_id", "area_id", "partner_ids", "flow", "product_group", "reporter_ids",
        "from", "to", "absent_rows", "evidence_scope", "tolerance_percent", "basis", "sources",
    ];
    public override IReadOnlyList<string> References { get; } = ["sources.csv", "units.csv", "countries.csv", "reporters.csv", "observations.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Claim> claims)
    {
        foreach (var row in rows)
        {
            var observation = row.Reference("observation_id", data.Lookup<Observation>());
            var test = row.Enum<ClaimTest>("test");
            var claim = new Claim
            {
                Id = row.Slug("id"),
                SortOrder = row.Integer("sort_order"),
                ObservationId = observation?.Id ?? "",
                Observation = observation,
                Test = test,
                IndicatorId = row.Optional("indicator_id"),
                AreaId = row.OptionalReference("area_id", data.Lookup<Country>())?.Id,
                PartnerIds = Join(row.References("partner_ids", data.Lookup<Country>()).Select(c => c.Id)),
                Flow = row.OptionalEnum<TradeFlow>("flow"),
                ProductGroup = row.Optional("product_group"),
                ReporterIds = Join(row.References("reporter_ids", data.Lookup<Reporter>()).Select(r => r.Id)),
                From = row.Optional("from"),
                To = row.Optional("to"),
                AbsentRows = row.Optional("absent_rows") is null ? AbsentRows.Gap : row.Enum<AbsentRows>("absent_rows"),
                EvidenceScope = row.Optional("evidence_scope") is null ? EvidenceScope.Same : row.Enum<EvidenceScope>("evidence_scope"),
                TolerancePercent = row.OptionalNumber("tolerance_percent"),
                Basis = row.Required("basis"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (observation is not null && observation.ReporterId is not null)
            {
                row.Error("observation_id", $"observation '{observation.Id}' is a reporter's statistic, not a statement of the documents");
            }
            if (test == ClaimTest.None)
            {
                foreach (var column in new[] { "indicator_id", "area_id", "partner_ids", "flow", "product_group", "reporter_ids", "from", "to", "tolerance_percent" })
                {
                    if (row.Optional(column) is not null)
                    {
                        row.Error(column, "a claim with test 'none' names no evidence (the basis says why no loaded series tests it)");
                    }
                }
            }
            else
            {
                CheckTest(row, claim, observation);
            }
            claims.Add(claim.Id, claim, row);
        }
    }

    private static string? Join(IEnumerable<string> ids) => ids.ToList() is { Count: > 0 } list ? string.Join(';', list) : null;

    private static void CheckTest(CsvRow row, Claim claim, Observation? observation)
    {
        var indicator = row.Required("indicator_id");
        if (indicator.Length > 0 && !CsvRow.SlugPattern().IsMatch(indicator))
        {
            row.Error("indicator_id", $"'{indicator}' is not a valid indicator id (lowercase letters and digits, words joined by '-')");
        }
        row.Required("area_id");
        if (claim.PartnerIds is null && row.Optional("partner_ids") is null)
        {
            row.Error("partner_ids", "at least one partner is required");
        }
        var from = Period(row, "from");
        var to = Period(row, "to");
        if (from is { } f && to is { } t)
        {
            if (f.IsYear != t.IsYear)
            {
                row.Error("to", "from and to must both be years or both half-years");
            }
            else if (claim.Test == ClaimTest.SumOverPeriod ? t.Year < f.Year || !f.IsYear : !f.IsBefore(t))
            {
                row.Error("to", claim.Test == ClaimTest.SumOverPeriod
                    ? "a sum over a period runs over whole years, from a year to the same or a later year"
                    : "a growth is measured from an earlier period to a later one");
            }
        }
        if (claim.AbsentRows == AbsentRows.Zero && claim.Test != ClaimTest.SumOverPeriod)
        {
            row.Error("absent_rows", "only a sum over a period can count a year without a row as zero");
        }
        if (claim.TolerancePercent is < 0)
        {
            row.Error("tolerance_percent", "a band cannot be negative");
        }
        if (observation is null)
        {
            return;
        }
        if (observation.Qualifier is Qualifier.Exact or Qualifier.Approximately && claim.TolerancePercent is null)
        {
            row.Error("tolerance_percent", $"an '{observation.Qualifier.ToSymbol()}' figure needs the band that counts as consistent");
        }
        var unit = observation.Unit;
        var expected = claim.Test switch
        {
            ClaimTest.GrowthMultiple => unit?.Quantity == Quantity.Multiple,
            ClaimTest.GrowthRate => unit?.Id == "percent",
            _ => unit?.Quantity == Quantity.Money && unit.Currency is not null,
        };
        // An observation whose unit does not fit its indicator has its own error; the claim adds none.
        if (unit is not null && !expected && observation.Indicator?.Quantity == unit.Quantity)
        {
            row.Error("test", $"test '{RowChecks.Kebab(claim.Test)}' cannot test a figure in '{unit.Id}'");
        }
    }

    private static ClaimPeriod? Period(CsvRow row, string column)
    {
        var text = row.Required(column);
        if (text.Length == 0)
        {
            return null;
        }
        if (ClaimPeriod.TryParse(text, out var period))
        {
            return period;
        }
        row.Error(column, $"'{text}' is not a period (a year such as 2015, or a half-year such as 2023-H1)");
        return null;
    }
}
