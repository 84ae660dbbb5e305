using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Web.Downloads;

/// <summary>
/// Writes downloads as RFC 4180 CSV (CsvHelper), UTF-8 with a BOM so spreadsheet programs read the
/// § ¶ ≈ characters right, and with formula injection neutralised: a field that starts with = + - @ tab or
/// CR is prefixed with an apostrophe, so a spreadsheet shows it as text instead of running it. Plain numbers
/// ("-4.2") are left alone: they cannot run, and an apostrophe would turn them into text.
/// </summary>
public static class CsvFile
{
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
        if (field.Length == 0 || field[0] is not ('=' or '+' or '-' or '@' or '\t' or '\r'))
        {
            return field;
        }
        var isNumber = double.TryParse(field, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);
        return isNumber ? field : "'" + field;
    }

    public static string Number(double value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
