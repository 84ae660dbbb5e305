using System.Text;

namespace CentralAsiaBri.Tests.Support;

/// <summary>
/// A private copy of the project's data files in a temp folder, which a test may break on purpose.
/// Line numbers are 1-based and count the header as line 1, as the loader's messages do.
/// </summary>
public sealed class TempDataDirectory : IDisposable
{
    /// <summary>The data files the build copies next to the test assembly (from the repository's data/).</summary>
    public static string ProjectDataDirectory { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "data");

    public TempDataDirectory()
    {
        Path = Directory.CreateTempSubdirectory("cab-data-").FullName;
        foreach (var file in Directory.EnumerateFiles(ProjectDataDirectory, "*.csv"))
        {
            File.Copy(file, System.IO.Path.Combine(Path, System.IO.Path.GetFileName(file)));
        }
    }

    public string Path { get; }

    public string[] ReadLines(string file) => File.ReadAllLines(System.IO.Path.Combine(Path, file), Encoding.UTF8);

    public void WriteLines(string file, IEnumerable<string> lines) =>
        File.WriteAllText(System.IO.Path.Combine(Path, file), string.Join('\n', lines) + "\n", new UTF8Encoding(false));

    /// <summary>Appends a row and returns its line number.</summary>
    public int AppendLine(string file, string line)
    {
        var lines = ReadLines(file).ToList();
        lines.Add(line);
        WriteLines(file, lines);
        return lines.Count;
    }

    /// <summary>Replaces one field of the first data row whose <paramref name="keyColumn"/> is <paramref name="key"/>; returns that row's line number.</summary>
    public int SetField(string file, string keyColumn, string key, string column, string value)
    {
        var lines = ReadLines(file).ToList();
        var header = CsvLine.Split(lines[0]);
        var keyIndex = Array.IndexOf(header, keyColumn);
        var columnIndex = Array.IndexOf(header, column);
        for (var i = 1; i < lines.Count; i++)
        {
            var fields = CsvLine.Split(lines[i]);
            if (fields[keyIndex] == key)
            {
                fields[columnIndex] = value;
                lines[i] = CsvLine.Join(fields);
                WriteLines(file, lines);
                return i + 1;
            }
        }
        throw new InvalidOperationException($"No row with {keyColumn} = {key} in {file}");
    }

    /// <summary>Line number and fields of the first data row that matches; fields are keyed by column name.</summary>
    public (int Line, Dictionary<string, string> Fields) FindRow(string file, Func<Dictionary<string, string>, bool> match)
    {
        var lines = ReadLines(file);
        var header = CsvLine.Split(lines[0]);
        for (var i = 1; i < lines.Length; i++)
        {
            var values = CsvLine.Split(lines[i]);
            var fields = header.Zip(values).ToDictionary(p => p.First, p => p.Second);
            if (match(fields))
            {
                return (i + 1, fields);
            }
        }
        throw new InvalidOperationException($"No matching row in {file}");
    }

    public void Delete(string file) => File.Delete(System.IO.Path.Combine(Path, file));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

/// <summary>Minimal RFC 4180 line splitting for test edits (the data files have no multi-line fields).</summary>
public static class CsvLine
{
    public static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }
        fields.Add(current.ToString());
        return [.. fields];
    }

    public static string Join(IEnumerable<string> fields) =>
        string.Join(',', fields.Select(f => f.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : f));
}
