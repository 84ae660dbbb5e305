using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Downloads;

/// <summary>
/// Writes downloads as RFC 4180 CSV (CsvHelper), UTF-8 with a BOM so spreadsheet programs read the
/// § ¶ ≈ characters right, and with formula injection neutralised: a field that starts with = + - @ tab or
/// CR is prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it. Plain numbers
/// ("-4.2") are left alone: they cannot run, and an apostrophe would turn them into text; so is a lone "=", the
/// qualifier "exactly" (as the data files write it), which has nothing to run.
/// Records are written through their CsvHelper <see cref="ClassMap{T}"/>, which names and orders the columns.
/// </summary>
public static class CsvFile
{
    private static CsvConfiguration RecordConfiguration => new(CultureInfo.InvariantCulture)
    {
        NewLine = "\r\n",
    };

    /// <summary>A header row and a row per record, with the columns of <paramref name="map"/>.</summary>
    public static byte[] Write<T>(IEnumerable<T> records, ClassMap<T> map)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new NeutralisingWriter(writer))
        {
            csv.Context.RegisterClassMap(map);
            csv.WriteHeader<T>();
            csv.NextRecord();
            foreach (var record in records)
            {
                csv.WriteRecord(record);
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    /// <summary>The column names of a map, in order (its header row; nested members included).</summary>
    public static IReadOnlyList<string> Header<T>(ClassMap<T> map) =>
        Encoding.UTF8.GetString(Write(Array.Empty<T>(), map)).TrimStart('\uFEFF').TrimEnd('\r', '\n').Split(',');

    private sealed class NeutralisingWriter(TextWriter writer) : CsvWriter(writer, RecordConfiguration)
    {
        // Every converted field passes here before CsvHelper quotes it (its own injection escaping would also
        // prefix negative numbers).
        public override void WriteField(string? field, bool shouldQuote) => base.WriteField(field is null ? null : Neutralise(field), shouldQuote);
    }

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture)
               {
                   NewLine = "\r\n",
               }))
        {
            foreach (var column in header)
            {
                csv.WriteField(column);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(Neutralise(field ?? ""));
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    internal static string Neutralise(string field)
    {
        if (field.Length == 0 || field == "=" || field[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return field;
        }
        var isNumber = double.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
        return isNumber ? field : "'" + field;
    }

    public static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
