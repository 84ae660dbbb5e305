using System.Text.RegularExpressions;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Dataset;

/// <summary>
/// Descriptions and summaries are written in our own words: no run of <see cref="RunLength"/> words of a
/// source document may appear in a prose column of a data file. Names and titles are exempt (they are
/// identifiers); quoted phrases are short by design.
/// </summary>
public sealed partial class OwnWordsTests
{
    private const int RunLength = 8;

    private static readonly string[] s_proseColumns = ["description", "summary", "note", "definition", "label"];

    [SourceDocumentsFact]
    [Trait("Category", "Documents")]
    public void No_prose_column_copies_a_run_of_words_from_a_source_document()
    {
        var seeds = SourceDocumentsFactAttribute.SeedsDirectory!;
        var sourceRuns = Directory.EnumerateFiles(seeds, "*.txt")
            .SelectMany(f => Runs(File.ReadAllText(f)))
            .ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(sourceRuns);

        var copied = new List<string>();
        foreach (var file in Directory.EnumerateFiles(TempDataDirectory.ProjectDataDirectory, "*.csv"))
        {
            var lines = File.ReadAllLines(file);
            var header = CsvLine.Split(lines[0]);
            var columns = s_proseColumns.Select(c => Array.IndexOf(header, c)).Where(i => i >= 0).ToList();
            for (var line = 1; line < lines.Length; line++)
            {
                var fields = CsvLine.Split(lines[line]);
                foreach (var column in columns)
                {
                    copied.AddRange(Runs(fields[column]).Where(sourceRuns.Contains)
                        .Select(run => $"{Path.GetFileName(file)} line {line + 1}, {header[column]}: \"{run}\""));
                }
            }
        }

        Assert.Empty(copied);
    }

    private static IEnumerable<string> Runs(string text)
    {
        var words = Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToArray();
        for (var i = 0; i + RunLength <= words.Length; i++)
        {
            yield return string.Join(' ', words, i, RunLength);
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Word();
}
