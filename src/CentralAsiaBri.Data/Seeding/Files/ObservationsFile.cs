using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// observations.csv: the figures transcribed from the two documents. <see cref="TradeObservationsFile"/> has the
/// same schema and feeds the same entity, so ids are unique across both.
/// </summary>
internal class ObservationsFile : DataFileDescriptor<Observation>
{
    public override string Name => "observations.csv";
    public override int ReadOrder => 80;
    public override string RowName => "observation";
    public override IReadOnlyList<string> Columns { get; } =
        ["id", "indicator_id", "area_id", "partner_id", "flow", "product_group", "period", "period_start", "period_end", "qualifier", "value",
            "unit_id", "reporter_id", "sources", "note"];
    public override IReadOnlyList<string> References { get; } =
        ["sources.csv", "units.csv", "countries.csv", "indicators.csv", "reporters.csv"];
    public override string? HistoryKind => "observations";

    /// <summary>Whether every figure must name its reporter.</summary>
    protected virtual bool RequiresReporter => false;

    /// <summary>Reads the columns a file adds to the observations' schema (none here).</summary>
    private protected virtual void ReadDetails(CsvRow row, Observation observation)
    {
    }

    private protected sealed override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Observation> observations)
    {
        foreach (var row in rows)
        {
            var reporter = row.OptionalReference("reporter_id", data.Lookup<Reporter>());
            var indicator = row.Reference("indicator_id", data.Lookup<Indicator>());
            var area = row.Reference("area_id", data.Lookup<Country>());
            var partner = row.OptionalReference("partner_id", data.Lookup<Country>());
            var unit = row.Reference("unit_id", data.Lookup<Unit>());
            var observation = new Observation
            {
                Id = row.Slug("id"),
                IndicatorId = indicator?.Id ?? "",
                Indicator = indicator,
                AreaId = area?.Id ?? "",
                Area = area,
                PartnerId = partner?.Id,
                Partner = partner,
                Flow = row.OptionalEnum<TradeFlow>("flow"),
                ProductGroup = row.Optional("product_group"),
                Period = row.Required("period"),
                PeriodStart = row.OptionalDate("period_start"),
                PeriodEnd = row.Date("period_end"),
                Qualifier = row.Qualifier("qualifier"),
                Value = row.Number("value"),
                UnitId = unit?.Id ?? "",
                Unit = unit,
                ReporterId = reporter?.Id,
                Reporter = reporter,
                Note = row.Optional("note"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            ReadDetails(row, observation);
            if (indicator is not null && unit is not null && unit.Quantity != indicator.Quantity)
            {
                row.Error("unit_id", $"unit '{unit.Id}' measures {RowChecks.Kebab(unit.Quantity)} but indicator '{indicator.Id}' measures {RowChecks.Kebab(indicator.Quantity)}");
            }
            if (observation.PeriodEnd != default && observation.PeriodStart > observation.PeriodEnd)
            {
                row.Error("period_start", "the period starts after it ends");
            }
            if (observation.Flow is not null && row.Optional("partner_id") is null)
            {
                row.Error("partner_id", "a trade flow needs a partner");
            }
            if (area is not null && partner == area)
            {
                row.Error("partner_id", "the partner is the area itself");
            }
            // A supplementary series is only usable with its reporter: the explorer never mixes reporters.
            if (RequiresReporter && row.Optional("reporter_id") is null)
            {
                row.Error("reporter_id", "a supplementary trade figure needs its reporter (whose statistic it is)");
            }
            observations.Add(observation.Id, observation, row);
        }
    }
}
