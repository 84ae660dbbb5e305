using Microsoft.Data.Sqlite;

namespace CentralAsiaBri.Benchmarks;

/// <summary>
/// A deterministic synthetic dataset for benchmarks only: N projects with random (seeded) countries, pillars,
/// sectors, statuses, years and names. It lives in its own temporary database and is never mixed with the
/// real data; the ids all start with "synthetic-".
/// </summary>
public static class SyntheticProjects
{
    private static readonly string[] s_words =
    [
        "rail", "road", "solar", "wind", "hydro", "logistics", "hub", "pipeline", "port", "grid", "water", "grain", "digital", "trade", "corridor",
        "bridge", "tunnel", "plant", "park", "zone", "platform", "customs", "transit", "cable", "station", "terminal", "farm", "school",
    ];

    private static readonly string[] s_countries = ["KZ", "KG", "TJ", "TM", "UZ", "CN"];
    private static readonly (string Id, string Dimension)[] s_pillars =
    [
        ("policy-coordination", "institutional-coordination"), ("infrastructure-connectivity", "economic-interdependence"),
        ("unimpeded-trade", "economic-interdependence"), ("financial-integration", "institutional-coordination"),
        ("people-to-people-bonds", "security-cooperation"),
    ];

    private static readonly string[] s_sectors = ["Transport", "Logistics", "Energy", "RenewableEnergy", "Trade", "Agriculture", "Digital"];
    private static readonly string[] s_projectParameters = ["$id", "$name", "$pillar", "$dimension", "$sector", "$status", "$start", "$end", "$description"];
    private static readonly string[] s_statuses = ["Proposed", "Planned", "Agreed", "UnderConstruction", "Operating", "Completed", "Ongoing"];

    /// <summary>Inserts the reference rows and <paramref name="count"/> projects into a migrated, empty database.</summary>
    public static void Fill(string connectionString, int count, int seed = 20261123)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var transaction = connection.BeginTransaction();
        Execute(connection, """
            INSERT INTO StabilityDimensions (Id, Name, SortOrder, Summary) VALUES
              ('economic-interdependence', 'Economic interdependence', 1, ''), ('institutional-coordination', 'Institutional coordination', 2, ''),
              ('security-cooperation', 'Security cooperation', 3, '');
            """);
        foreach (var (pillar, i) in s_pillars.Select((p, i) => (p, i)))
        {
            Execute(connection, $"INSERT INTO Pillars (Id, Name, DimensionId, SortOrder, Summary) VALUES ('{pillar.Id}', '{pillar.Id}', '{pillar.Dimension}', {i + 1}, '')");
        }
        foreach (var country in s_countries)
        {
            Execute(connection, $"INSERT INTO Countries (Id, Name, Kind, IsFocus) VALUES ('{country}', '{country}', 'Country', 1)");
        }

        using var project = connection.CreateCommand();
        project.CommandText = """
            INSERT INTO Projects (Id, Name, Kind, PillarId, DimensionId, Sector, Status, StartYear, EndYear, Description)
            VALUES ($id, $name, 'Project', $pillar, $dimension, $sector, $status, $start, $end, $description)
            """;
        var parameters = s_projectParameters.ToDictionary(n => n, n => project.Parameters.Add(n, SqliteType.Text));
        using var link = connection.CreateCommand();
        link.CommandText = "INSERT INTO ProjectCountries (CountriesId, ProjectId) VALUES ($country, $project)";
        var linkCountry = link.Parameters.Add("$country", SqliteType.Text);
        var linkProject = link.Parameters.Add("$project", SqliteType.Text);

        for (var i = 0; i < count; i++)
        {
            var id = $"synthetic-{i:D6}";
            var pillar = random.Next(10) == 0 ? ((string?)null, s_pillars[random.Next(3)].Dimension) : s_pillars[random.Next(s_pillars.Length)];
            var start = random.Next(8) == 0 ? (int?)null : 2000 + random.Next(26);
            parameters["$id"].Value = id;
            parameters["$name"].Value = $"{Word(random)} {Word(random)} {i}";
            parameters["$pillar"].Value = (object?)pillar.Item1 ?? DBNull.Value;
            parameters["$dimension"].Value = pillar.Item2;
            parameters["$sector"].Value = s_sectors[random.Next(s_sectors.Length)];
            parameters["$status"].Value = s_statuses[random.Next(s_statuses.Length)];
            parameters["$start"].Value = (object?)start ?? DBNull.Value;
            parameters["$end"].Value = start is { } s && random.Next(2) == 0 ? s + random.Next(6) : DBNull.Value;
            parameters["$description"].Value = string.Join(' ', Enumerable.Range(0, 12).Select(_ => Word(random)));
            project.ExecuteNonQuery();
            foreach (var country in s_countries.OrderBy(_ => random.Next()).Take(1 + random.Next(3)))
            {
                linkCountry.Value = country;
                linkProject.Value = id;
                link.ExecuteNonQuery();
            }
        }
        transaction.Commit();
        Execute(connection, "ANALYZE");
    }

    private static string Word(Random random) => s_words[random.Next(s_words.Length)];

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
