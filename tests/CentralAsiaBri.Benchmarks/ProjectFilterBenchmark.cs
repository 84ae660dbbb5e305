using BenchmarkDotNet.Attributes;
using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Queries;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Benchmarks;

/// <summary>
/// The projects page's filter query (country + pillar + year range + text, first page of 25 by name, plus
/// the total) through EF Core (the app's own <see cref="ProjectSearch.Apply"/>) against the same query in
/// hand-written SQL over Microsoft.Data.Sqlite, on one database of 100,000 synthetic projects.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ProjectFilterBenchmark
{
    private static string BuildSql(bool withText)
    {
        // Without a text term the page leaves the clause out, as ProjectSearch.Apply does.
        var text = withText ? "AND (p.Name LIKE $text ESCAPE '\\' OR p.Description LIKE $text ESCAPE '\\')" : "";
        var where = $"""
            WHERE p.PillarId = $pillar
              AND EXISTS (SELECT 1 FROM ProjectCountries AS pc WHERE pc.ProjectId = p.Id AND pc.CountriesId = $country)
              AND (p.StartYear IS NOT NULL OR p.EndYear IS NOT NULL)
              AND COALESCE(p.EndYear, CASE WHEN p.Status = 'Completed' THEN p.StartYear ELSE 9999 END) >= $from
              AND COALESCE(p.StartYear, p.EndYear) <= $to
              {text}
            """;
        return $"SELECT p.Id, p.Name, p.StartYear FROM Projects AS p {where} ORDER BY p.Name LIMIT 25; SELECT COUNT(*) FROM Projects AS p {where};";
    }

    private ProjectFilter _filter = default!;

    private string _directory = "";
    private string _connectionString = "";
    private DbContextOptions<CentralAsiaBriDbContext> _options = default!;

    [Params(100_000)]
    public int Projects { get; set; }

    /// <summary>With and without the free-text term, to separate the substring search from the rest.</summary>
    [Params("rail", "")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _filter = new ProjectFilter
        {
            Countries = ["KG"], Pillar = "infrastructure-connectivity", FromYear = 2010, ToYear = 2020, Text = Text.Length == 0 ? null : Text,
        };
        _directory = Directory.CreateTempSubdirectory("cab-bench-").FullName;
        _connectionString = $"Data Source={Path.Combine(_directory, "bench.db")}";
        _options = new DbContextOptionsBuilder<CentralAsiaBriDbContext>().UseSqlite(_connectionString).Options;
        using (var db = new CentralAsiaBriDbContext(_options))
        {
            db.Database.Migrate();
        }
        SyntheticProjects.Fill(_connectionString, Projects);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public async Task<int> RawSql()
    {
        await using var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = BuildSql(_filter.Text is not null);
        command.Parameters.AddWithValue("$pillar", _filter.Pillar);
        command.Parameters.AddWithValue("$country", _filter.Countries[0]);
        command.Parameters.AddWithValue("$from", _filter.FromYear);
        command.Parameters.AddWithValue("$to", _filter.ToYear);
        command.Parameters.AddWithValue("$text", $"%{_filter.Text}%");
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        while (await reader.ReadAsync())
        {
            rows++;
        }
        await reader.NextResultAsync();
        await reader.ReadAsync();
        return rows + reader.GetInt32(0);
    }

    [Benchmark]
    public async Task<int> EfCore()
    {
        await using var db = new CentralAsiaBriDbContext(_options);
        var matching = ProjectSearch.Apply(db.Projects.AsNoTracking(), _filter);
        var rows = await matching.OrderBy(p => p.Name).Select(p => new { p.Id, p.Name, p.StartYear }).Take(25).ToListAsync();
        return rows.Count + await matching.CountAsync();
    }
}
