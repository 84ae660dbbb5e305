using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Data.Seeding.Files;

namespace CentralAsiaBri.Data.Import;

/// <summary>A file uploaded under a portal's own name that was recognised by its header as one of the upstream trade files.</summary>
public sealed record RecognisedFile(string UploadedName, string DataFile, string Format)
{
    public override string ToString() => $"{UploadedName} was recognised by its header as {Format} and imported as {DataFile}";
}

/// <summary>
/// The upstream layouts (ADR-024): a file a portal gives keeps the portal's own name (TradeData_2_20_2025.csv, an SDMX
/// download); when it is not a data file's name but its header is exactly the columns of one upstream trade file, it is
/// imported as that file. Everything else about the import (validation, all-or-nothing, history) is the importer's.
/// </summary>
internal static class UpstreamFormats
{
    public static (IReadOnlyList<ImportFile> Files, IReadOnlyList<RecognisedFile> Recognised) Recognise(IReadOnlyList<ImportFile> files)
    {
        var recognised = new List<RecognisedFile>();
        var result = new List<ImportFile>(files.Count);
        foreach (var file in files)
        {
            if (!DataFileRegistry.Names.Contains(file.Name, StringComparer.Ordinal) && !file.Content.AsSpan().Contains((byte)0)
                && Match(file.Content) is { } upstream)
            {
                recognised.Add(new RecognisedFile(file.Name, upstream.Name, upstream.UpstreamFormat));
                result.Add(file with { Name = upstream.Name });
            }
            else
            {
                result.Add(file);
            }
        }
        return (result, recognised);
    }

    private static UpstreamTradeFile? Match(byte[] content)
    {
        string[] header;
        try
        {
            header = DataFiles.ReadRecords(content).Header;
        }
        catch (Exception ex) when (ex is CsvHelper.CsvHelperException or System.Text.DecoderFallbackException or ArgumentException)
        {
            return null;
        }
        return DataFileRegistry.All.OfType<UpstreamTradeFile>()
            .FirstOrDefault(d => header.Length == d.Columns.Count && header.ToHashSet(StringComparer.Ordinal).SetEquals(d.Columns));
    }
}
