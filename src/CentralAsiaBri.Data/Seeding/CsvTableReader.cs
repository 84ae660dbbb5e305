using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// Reads one data file with CsvHelper (RFC 4180 quoting, UTF-8 with or without BOM), checks that its header
/// is exactly the expected set of columns, and hands out its records as <see cref="CsvRow"/>s.
/// </summary>
internal static class CsvTableReader
{
    /// <summary>Returns the records, or null when the file cannot be read row by row (its errors are recorded).</summary>
    public static List<CsvRow>? Read(IDataFileSource source, string file, IReadOnlyCollection<string> columns, List<DataError> errors)
    {
        if (source.Read(file) is not { } bytes)
        {
            errors.Add(new DataError(file, 0, "", $"the file is missing from {source.Description}"));
            return null;
        }

        var malformed = new List<DataError>();
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = true,
            TrimOptions = TrimOptions.None,
            MissingFieldFound = null,
            BadDataFound = args => malformed.Add(new DataError(
                file, args.Context.Parser?.RawRow ?? 0, "", $"malformed quoting in '{Shorten(args.RawRecord)}'")),
        };

        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, configuration);
        try
        {
            if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
            {
                errors.Add(new DataError(file, 1, "", "the file is empty; it needs a header row"));
                return null;
            }
            if (!HeaderMatches(file, header, columns, errors))
            {
                return null;
            }

            var rows = new List<CsvRow>();
            while (csv.Read())
            {
                var parser = csv.Parser;
                // RawRow is the last physical line of the record; a quoted field may span several lines.
                var line = parser.RawRow - CountLineBreaks(parser.RawRecord.TrimEnd('\r', '\n'));
                if (parser.Count != header.Length)
                {
                    errors.Add(new DataError(file, line, "", $"the row has {parser.Count} fields but the header has {header.Length}"));
                    continue;
                }
                var fields = new Dictionary<string, string>(header.Length, StringComparer.Ordinal);
                for (var i = 0; i < header.Length; i++)
                {
                    fields[header[i]] = parser[i] ?? "";
                }
                rows.Add(new CsvRow(file, line, fields, errors));
            }
            errors.AddRange(malformed);
            return rows;
        }
        catch (DecoderFallbackException)
        {
            errors.Add(new DataError(file, 0, "", "the file is not valid UTF-8"));
            return null;
        }
        catch (CsvHelperException ex)
        {
            errors.Add(new DataError(file, ex.Context?.Parser?.RawRow ?? 0, "", $"unreadable CSV: {ex.GetType().Name}"));
            return null;
        }
    }

    private static bool HeaderMatches(string file, string[] header, IReadOnlyCollection<string> columns, List<DataError> errors)
    {
        var before = errors.Count;
        foreach (var duplicate in header.GroupBy(h => h, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new DataError(file, 1, duplicate.Key, "the column appears more than once in the header"));
        }
        foreach (var missing in columns.Except(header, StringComparer.Ordinal))
        {
            errors.Add(new DataError(file, 1, missing, "the header lacks this column"));
        }
        foreach (var unexpected in header.Except(columns, StringComparer.Ordinal))
        {
            errors.Add(new DataError(file, 1, unexpected, $"unexpected column (the file's columns are: {string.Join(", ", columns)})"));
        }
        return errors.Count == before;
    }

    private static int CountLineBreaks(string text) => text.Count(c => c == '\n');

    private static string Shorten(string text) => text.Length <= 60 ? text.TrimEnd('\r', '\n') : text[..57] + "…";
}
