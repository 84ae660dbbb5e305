using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CentralAsiaBri.Data.Seeding;

public static class DataFiles
{
    /// <summary>A data file's header and raw records (RFC 4180, UTF-8 with or without a BOM, blank lines skipped), no checks.</summary>
    public static (string[] Header, List<string[]> Rows) ReadRecords(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvParser(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { IgnoreBlankLines = true });
        var header = csv.Read() ? csv.Record ?? [] : [];
        var rows = new List<string[]>();
        while (csv.Read())
        {
            rows.Add(csv.Record ?? []);
        }
        return (header, rows);
    }

    /// <summary>The bytes of every data file the source has, by name (a missing file is left out; the reader reports it).</summary>
    public static Dictionary<string, byte[]> ReadAll(IDataFileSource source)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in DataFileRegistry.Names)
        {
            if (source.Read(name) is { } bytes)
            {
                files[name] = bytes;
            }
        }
        return files;
    }

    /// <summary>
    /// SHA-256 over the names and bytes of the data files: the store remembers it, so a start-up re-seeds
    /// exactly when a file changed. A missing file hashes as absent (the reader then reports it).
    /// </summary>
    public static string ComputeHash(IReadOnlyDictionary<string, byte[]> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var name in DataFileRegistry.Names)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(name + "\n"));
            if (files.TryGetValue(name, out var bytes))
            {
                hash.AppendData(BitConverter.GetBytes((long)bytes.Length));
                hash.AppendData(bytes);
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
