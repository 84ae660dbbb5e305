using System.Globalization;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>
/// An AidData project file: one dataset's rows for the five states, in one shape (data/README.md, "AidData project
/// files"), read into <see cref="Project"/>s after projects.csv (and before the files that refer to projects, so the entity's rows are one block of the read
/// and delete order), so the explorer filters them with the documents'
/// projects. Each row keeps AidData's id (the site's id is the dataset's prefix and that id), its title and its
/// fields as given; it has no description. Its pillar and dimension come from its dataset (datasets.csv) or, for
/// a dataset placed by sector, from its CRS sector (sector_pillars.csv): never from the row.
/// </summary>
internal abstract class AidDataProjectsFile : DataFileDescriptor<Project>
{
    /// <summary>The dataset (datasets.csv and sources.csv id) every row of the file belongs to.</summary>
    public abstract string DatasetId { get; }

    public sealed override string Dataset => DatasetId;

    /// <summary>The start of the site's id of a row: <c>{IdPrefix}-{aiddata_id}</c>.</summary>
    public abstract string IdPrefix { get; }

    public override string RowName => "project";
    public override IReadOnlyList<string> Columns { get; } =
    [
        "aiddata_id", "title", "recipient", "year", "year_estimated", "aiddata_status", "flow_type", "flow_class", "crs_code", "crs_name",
        "amount", "currency", "deflated_usd", "deflated_base_year", "recommended", "umbrella", "location", "aiddata_sources", "sources",
    ];
    public override IReadOnlyList<string> KeyColumns { get; } = ["aiddata_id"];
    public override IReadOnlyList<string> References { get; } =
        ["sources.csv", "dimensions.csv", "pillars.csv", "countries.csv", "sector_pillars.csv", "datasets.csv"];

    /// <summary>
    /// AidData's statuses and the project status each one reads as (data/README.md): a pledge is proposed, a
    /// commitment agreed, an implementation ongoing and a completion completed. Any other word is refused.
    /// </summary>
    public static IReadOnlyDictionary<string, ProjectStatus> Statuses { get; } = new Dictionary<string, ProjectStatus>(StringComparer.Ordinal)
    {
        ["Pipeline: Pledge"] = ProjectStatus.Proposed,
        ["Pipeline: Commitment"] = ProjectStatus.Agreed,
        ["Implementation"] = ProjectStatus.Ongoing,
        ["Completion"] = ProjectStatus.Completed,
    };

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<Project> projects)
    {
        data.Lookup<Dataset>().TryGet(DatasetId, out var dataset);
        var sectors = data.Lookup<SectorPillar>();
        foreach (var row in rows)
        {
            var recordId = RecordId(row);
            var recipient = row.Reference("recipient", data.Lookup<Country>());
            if (recipient is { IsFocus: false } || recipient?.Id == "CN")
            {
                row.Error("recipient", $"'{recipient.Id}' is not one of the five Central Asian states");
            }
            var statusText = row.Required("aiddata_status");
            if (statusText.Length > 0 && !Statuses.ContainsKey(statusText))
            {
                row.Error("aiddata_status", $"'{statusText}' is not one of AidData's statuses: {string.Join(", ", Statuses.Keys.Select(k => $"'{k}'"))}");
            }
            var crsText = row.Optional("crs_code");
            int? crsCode = null;
            if (crsText is not null)
            {
                if (crsText.Length == 3 && crsText.All(char.IsAsciiDigit))
                {
                    crsCode = int.Parse(crsText, CultureInfo.InvariantCulture);
                }
                else
                {
                    row.Error("crs_code", $"'{crsText}' is not a CRS sector code (three digits, such as 210)");
                }
            }
            var (pillar, dimension) = Placement(row, dataset, crsCode, sectors);
            var amount = row.OptionalNumber("amount");
            var currency = row.Optional("currency");
            if (currency is not null && (currency.Length != 3 || !currency.All(char.IsAsciiLetterUpper)))
            {
                row.Error("currency", $"'{currency}' is not an ISO 4217 code (three capital letters)");
            }
            if (currency is not null && amount is null)
            {
                row.Error("currency", "a currency without an amount");
            }
            var deflated = row.OptionalNumber("deflated_usd");
            var baseYear = row.OptionalYear("deflated_base_year");
            if (baseYear is not null && deflated is null)
            {
                row.Error("deflated_base_year", "a base year without a deflated value");
            }
            var urls = row.List("aiddata_sources");
            foreach (var url in urls.Where(u => !u.StartsWith("http://", StringComparison.Ordinal) && !u.StartsWith("https://", StringComparison.Ordinal)))
            {
                row.Error("aiddata_sources", $"'{url}' is not an http(s) URL");
            }
            var year = row.OptionalYear("year");
            if (row.Optional("year") is null)
            {
                row.Error("year", "a value is required");
            }
            var project = new Project
            {
                Id = recordId is { } rid ? $"{IdPrefix}-{rid.ToString(CultureInfo.InvariantCulture)}" : "",
                Name = row.Required("title"),
                Kind = ProjectKind.Finance,
                // The recipient only: China finances every row of AidData's Chinese datasets, so naming it on each would
                // only make China's count on the map the number of rows (data/README.md).
                Countries = recipient is null ? [] : [recipient],
                PillarId = pillar?.Id,
                Pillar = pillar,
                DimensionId = dimension?.Id,
                Dimension = dimension,
                Sector = null,
                Status = Statuses.GetValueOrDefault(statusText, ProjectStatus.Unknown),
                StartYear = year,
                EndYear = null,
                Location = row.Optional("location"),
                Description = null,
                DatasetId = dataset?.Id,
                Dataset = dataset,
                DatasetRecordId = recordId,
                Finance = new ProjectFinance
                {
                    Amount = amount,
                    Currency = currency,
                    DeflatedUsd = deflated,
                    DeflatedBaseYear = baseYear,
                    SourceStatus = statusText,
                    FlowType = row.Required("flow_type"),
                    FlowClass = row.Required("flow_class"),
                    CrsCode = crsCode,
                    CrsName = row.Optional("crs_name"),
                    YearEstimated = row.Boolean("year_estimated"),
                    Recommended = row.Boolean("recommended"),
                    Umbrella = row.Boolean("umbrella"),
                    SourceUrls = [.. urls],
                },
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (project.Citations.Count > 0 && project.Citations.All(c => c.SourceId != DatasetId))
            {
                row.Error("sources", $"a row of {Name} cites its dataset, '{DatasetId}'");
            }
            projects.Add(project.Id, project, row, "aiddata_id");
        }
    }

    private static int? RecordId(CsvRow row)
    {
        var text = row.Required("aiddata_id");
        if (text.Length == 0)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return id;
        }
        row.Error("aiddata_id", $"'{text}' is not an AidData project id (a positive whole number)");
        return null;
    }

    /// <summary>The dataset's own placement, or for a dataset placed by sector the sector's (sector_pillars.csv).</summary>
    private (Pillar? Pillar, StabilityDimension? Dimension) Placement(CsvRow row, Dataset? dataset, int? crsCode, Lookup<SectorPillar> sectors)
    {
        if (dataset is null)
        {
            return (null, null);
        }
        if (dataset.PillarId is not null || dataset.DimensionId is not null)
        {
            return (dataset.Pillar, dataset.Dimension);
        }
        if (!PlacedBySector || crsCode is null)
        {
            return (null, null);
        }
        if (!sectors.TryGet(crsCode.Value.ToString(CultureInfo.InvariantCulture), out var sector))
        {
            if (sectors.IsComplete)
            {
                row.Error("crs_code", $"CRS sector {crsCode} is not in sector_pillars.csv, which places this dataset's rows");
            }
            return (null, null);
        }
        return (sector.Pillar, sector.Dimension);
    }

    /// <summary>Whether rows without a dataset-wide placement take their sector's (GCOF); otherwise they stay unplaced.</summary>
    protected virtual bool PlacedBySector => false;
}

/// <summary>aiddata_gcof_projects.csv: AidData's Global Chinese Official Finance Dataset 1.0, placed by CRS sector.</summary>
internal sealed class AidDataGcofProjectsFile : AidDataProjectsFile
{
    public override string Name => "aiddata_gcof_projects.csv";
    public override int ReadOrder => 112;
    public override string DatasetId => "aiddata-gcof-1";
    public override string IdPrefix => "aiddata-gcof";
    protected override bool PlacedBySector => true;
}

/// <summary>aiddata_public_diplomacy_projects.csv: AidData's Chinese financial public diplomacy projects.</summary>
internal sealed class AidDataPublicDiplomacyProjectsFile : AidDataProjectsFile
{
    public override string Name => "aiddata_public_diplomacy_projects.csv";
    public override int ReadOrder => 114;
    public override string DatasetId => "aiddata-public-diplomacy";
    public override string IdPrefix => "aiddata-pd";
}

/// <summary>aiddata_military_projects.csv: AidData's Global Chinese Military Finance Dataset 2.0.</summary>
internal sealed class AidDataMilitaryProjectsFile : AidDataProjectsFile
{
    public override string Name => "aiddata_military_projects.csv";
    public override int ReadOrder => 116;
    public override string DatasetId => "aiddata-military-2";
    public override string IdPrefix => "aiddata-military";
}
