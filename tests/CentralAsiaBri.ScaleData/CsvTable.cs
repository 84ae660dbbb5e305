using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace CentralAsiaBri.ScaleData;

/// <summary>One CSV file as a header and rows of strings: the generator works on the files, not on the model,
/// so what it writes is exactly what a maintainer's file would be and goes through the real loader.</summary>
internal sealed class CsvTable
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.InvariantCulture)
    {
        NewLine = "\n",
    };

    private readonly Dictionary<string, int> _columns;

    private CsvTable(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public int this[string column] => _columns.TryGetValue(column, out var index)
        ? index
        : throw new KeyNotFoundException($"no column '{column}'");

    public bool Has(string column) => _columns.ContainsKey(column);

    public static CsvTable Read(string path)
    {
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, Configuration);
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord ?? throw new InvalidDataException($"{path} has no header");
        var rows = new List<string[]>();
        while (csv.Read())
        {
            var row = new string[header.Length];
            for (var i = 0; i < header.Length; i++)
            {
                row[i] = csv.GetField(i) ?? "";
            }
            rows.Add(row);
        }
        return new CsvTable(header, rows);
    }

    public static CsvTable Empty(string[] header) => new(header, []);

    public void Write(string path)
    {
        using var writer = new StreamWriter(path, false, new System.Text.UTF8Encoding(false));
        using var csv = new CsvWriter(writer, Configuration);
        foreach (var name in Header)
        {
            csv.WriteField(name);
        }
        csv.NextRecord();
        foreach (var row in Rows)
        {
            foreach (var field in row)
            {
                csv.WriteField(field);
            }
            csv.NextRecord();
        }
    }
}
