using System.Globalization;

namespace CentralAsiaBri.ScaleData;

/// <summary>What a generation wrote: rows per file.</summary>
public sealed record ScaleSummary(int Factor, IReadOnlyDictionary<string, int> RowsPerFile)
{
    public int Projects => RowsPerFile.Where(f => f.Key is "projects.csv" || f.Key.StartsWith("aiddata_", StringComparison.Ordinal) && f.Key.EndsWith("_projects.csv", StringComparison.Ordinal)).Sum(f => f.Value);

    public int Observations => RowsPerFile.Where(f => f.Key is "observations.csv" or "trade_observations.csv" or "imf_dots_trade.csv").Sum(f => f.Value);
}

/// <summary>
/// Writes a scale data set: every file of <c>data/</c>, with projects, organisations, project figures and links, events,
/// AidData's records and locations repeated <c>factor</c> times under new ids, and a grid of trade figures (partners ×
/// years × flows × product groups × reporters) of 1,000 × <c>factor</c> rows added to <c>trade_observations.csv</c>.
/// At factor 1 the files are copied unchanged. The output is deterministic for a factor and a seed (same bytes), uses
/// only ids, units, sources and reporters of the real files, and is valid for the real loader. Its generated rows are
/// not facts: each says so in its note or description, and the set is for benchmarks and tests only.
/// </summary>
public sealed class ScaleDataGenerator(string dataDirectory, int factor, int seed = 20261204)
{
    /// <summary>Trade figures per product group of the grid: 5 partners × 25 years × 2 flows × 4 reporters.</summary>
    public const int GridRowsPerProductGroup = 1000;

    private static readonly string[] Partners = ["KZ", "KG", "TJ", "TM", "UZ"];

    /// <summary>Words mixed into generated names and descriptions, in the scripts the data uses, so that text search
    /// meets Latin, Cyrillic and Chinese at scale.</summary>
    private static readonly string[] Words =
    [
        "corridor", "Logistics", "terminal", "Solar", "pipeline", "Dry Port", "railway", "Khorgos", "Almaty", "Tashkent",
        "Логистика", "железная дорога", "Ташкент", "Бишкек", "Душанбе", "Ашхабад", "ЭНЕРГИЯ", "транзит",
        "物流", "铁路", "中亚", "能源", "光伏", "口岸", "阿拉木图", "塔什干",
    ];

    /// <summary>The HS chapters in use: 01–97 without 77, which the Harmonized System reserves.</summary>
    private static readonly int[] Chapters = [.. Enumerable.Range(1, 97).Where(c => c != 77)];

    public int Factor { get; } = factor >= 1 ? factor : throw new ArgumentOutOfRangeException(nameof(factor), "the factor is 1 or more");

    public ScaleSummary WriteTo(string outputDirectory)
    {
        Directory.CreateDirectory(outputDirectory);
        var random = new Random(seed);
        var rows = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(dataDirectory, "*.csv").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            var target = Path.Combine(outputDirectory, name);
            var table = CsvTable.Read(path);
            if (Factor == 1 || !Scaled(name))
            {
                File.Copy(path, target, overwrite: true);
                rows[name] = table.Rows.Count;
                continue;
            }
            var scaled = Scale(name, table, random);
            scaled.Write(target);
            rows[name] = scaled.Rows.Count;
        }
        return new ScaleSummary(Factor, rows);
    }

    private static bool Scaled(string name) => name is "projects.csv" or "organisations.csv" or "project_organisations.csv"
        or "project_figures.csv" or "events.csv" or "trade_observations.csv" or "aiddata_gcdf3_adm1.csv"
        || name.StartsWith("aiddata_", StringComparison.Ordinal) && name.EndsWith("_projects.csv", StringComparison.Ordinal);

    private CsvTable Scale(string name, CsvTable table, Random random) => name switch
    {
        "projects.csv" => Repeat(table, (row, copy) =>
        {
            Suffix(row, table["id"], copy);
            row[table["name"]] = $"{row[table["name"]]} {Word(random)} {copy}";
            row[table["description"]] = $"{row[table["description"]]} Generated copy {copy} for benchmarks, not a fact: {Word(random)}.";
            ShiftYears(row, table["start_year"], table["end_year"], random.Next(-6, 4));
        }),
        "organisations.csv" => Repeat(table, (row, copy) =>
        {
            Suffix(row, table["id"], copy);
            row[table["name"]] = $"{row[table["name"]]} {copy}";
        }),
        "project_organisations.csv" => Repeat(table, (row, copy) =>
        {
            Suffix(row, table["project_id"], copy);
            Suffix(row, table["organisation_id"], copy);
        }),
        "project_figures.csv" => Repeat(table, (row, copy) =>
        {
            Suffix(row, table["id"], copy);
            Suffix(row, table["project_id"], copy);
        }),
        "events.csv" => Repeat(table, (row, copy) =>
        {
            Suffix(row, table["id"], copy);
            var projects = table["project_ids"];
            row[projects] = string.Join(";", row[projects].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(p => $"{p}-s{copy}"));
            row[table["title"]] = $"{row[table["title"]]} ({Word(random)} {copy})";
        }),
        "aiddata_gcdf3_adm1.csv" => Repeat(table, (row, copy) => Renumber(row, table["aiddata_id"], copy)),
        "trade_observations.csv" => AddTradeGrid(table, random),
        _ => Repeat(table, (row, copy) =>
        {
            Renumber(row, table["aiddata_id"], copy);
            row[table["title"]] = $"{row[table["title"]]} {Word(random)} {copy}";
        }),
    };

    /// <summary>The original rows, then <c>factor − 1</c> edited copies of them.</summary>
    private CsvTable Repeat(CsvTable table, Action<string[], int> edit)
    {
        var result = CsvTable.Empty(table.Header);
        result.Rows.AddRange(table.Rows.Select(r => (string[])r.Clone()));
        for (var copy = 1; copy < Factor; copy++)
        {
            foreach (var original in table.Rows)
            {
                var row = (string[])original.Clone();
                edit(row, copy);
                result.Rows.Add(row);
            }
        }
        return result;
    }

    /// <summary>
    /// The real trade figures, then a grid: for each product group, the five states × 2000–2024 × exports and imports ×
    /// four reporters (China's customs, the IMF's two lines, and the state's own statistics office or MOFCOM). Each
    /// reporter's rows cite the first source its <c>reporters.csv</c> row lists.
    /// </summary>
    private CsvTable AddTradeGrid(CsvTable table, Random random)
    {
        var reporters = CsvTable.Read(Path.Combine(dataDirectory, "reporters.csv"));
        var reporterSources = reporters.Rows.ToDictionary(r => r[reporters["id"]], r => r[reporters["sources"]].Split(';')[0].Trim(), StringComparer.Ordinal);
        var partnerStatistics = reporters.Rows
            .Where(r => r[reporters["kind"]] == "statistics-office" && Partners.Contains(r[reporters["country_id"]]))
            .GroupBy(r => r[reporters["country_id"]])
            .ToDictionary(g => g.Key, g => g.Select(r => r[reporters["id"]]).Order(StringComparer.Ordinal).First(), StringComparer.Ordinal);
        var result = CsvTable.Empty(table.Header);
        result.Rows.AddRange(table.Rows);
        var productGroups = Factor;
        for (var group = 1; group <= productGroups; group++)
        {
            // Named after an HS chapter, as a customs or Comtrade product line is (two digits first), so the trade page's
            // composition by HS section meets them too; several groups share a chapter past the 96 chapters in use.
            var chapter = Chapters[(group - 1) % Chapters.Length];
            var productGroup = $"{chapter:00} Product group {group:000}";
            foreach (var partner in Partners)
            {
                string[] lineReporters = ["china-gac", "imf-dots-china-reported", "imf-dots-partner-reported", partnerStatistics.GetValueOrDefault(partner, "china-mofcom")];
                foreach (var reporter in lineReporters)
                {
                    foreach (var flow in (string[])["exports", "imports"])
                    {
                        for (var year = 2000; year <= 2024; year++)
                        {
                            var row = new string[table.Header.Length];
                            Array.Fill(row, "");
                            row[table["id"]] = $"scale-{reporter}-{partner.ToLowerInvariant()}-{flow}-g{group:000}-{year}";
                            row[table["indicator_id"]] = "trade-value";
                            row[table["area_id"]] = "CN";
                            row[table["partner_id"]] = partner;
                            row[table["flow"]] = flow;
                            row[table["product_group"]] = productGroup;
                            row[table["period"]] = year.ToString(CultureInfo.InvariantCulture);
                            row[table["period_start"]] = $"{year}-01-01";
                            row[table["period_end"]] = $"{year}-12-31";
                            row[table["qualifier"]] = random.Next(20) == 0 ? "≈" : "=";
                            row[table["value"]] = (random.Next(1, 5_000_000) / 1000m).ToString(CultureInfo.InvariantCulture);
                            row[table["unit_id"]] = "usd-million";
                            row[table["reporter_id"]] = reporter;
                            row[table["sources"]] = reporterSources[reporter];
                            row[table["note"]] = "Generated for benchmarks, not a fact.";
                            result.Rows.Add(row);
                        }
                    }
                }
            }
        }
        return result;
    }

    private static void Suffix(string[] row, int column, int copy)
    {
        if (row[column].Length > 0)
        {
            row[column] = $"{row[column]}-s{copy}";
        }
    }

    /// <summary>AidData's ids are numbers: a copy's id is the original plus the copy times ten million (AidData's own
    /// ids stay below a million), so copies of one record stay recognisable and never collide.</summary>
    private static void Renumber(string[] row, int column, int copy) =>
        row[column] = (long.Parse(row[column], CultureInfo.InvariantCulture) + copy * 10_000_000L).ToString(CultureInfo.InvariantCulture);

    private static void ShiftYears(string[] row, int start, int end, int by)
    {
        foreach (var column in (int[])[start, end])
        {
            if (int.TryParse(row[column], CultureInfo.InvariantCulture, out var year))
            {
                row[column] = Math.Clamp(year + by, 1991, 2035).ToString(CultureInfo.InvariantCulture);
            }
        }
        if (int.TryParse(row[start], CultureInfo.InvariantCulture, out var s) && int.TryParse(row[end], CultureInfo.InvariantCulture, out var e) && e < s)
        {
            row[end] = row[start];
        }
    }

    private static string Word(Random random) => Words[random.Next(Words.Length)];
}
