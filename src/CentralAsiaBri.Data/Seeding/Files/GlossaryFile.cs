using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding.Files;

/// <summary>glossary.csv: terms the site explains; each alias leads to one entry.</summary>
internal sealed class GlossaryFile : DataFileDescriptor<GlossaryTerm>
{
    public override string Name => "glossary.csv";
    public override int ReadOrder => 170;
    public override string RowName => "glossary term";
    public override IReadOnlyList<string> Columns { get; } = ["id", "term", "aliases", "definition", "sources"];
    public override IReadOnlyList<string> References { get; } = ["sources.csv"];

    private protected override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<GlossaryTerm> glossary)
    {
        var aliases = new Dictionary<string, (string TermId, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in rows)
        {
            var term = new GlossaryTerm
            {
                Id = row.Slug("id"),
                Term = row.Required("term"),
                Aliases = [.. row.List("aliases")],
                Definition = row.Required("definition"),
                Citations = row.Citations("sources", data.Lookup<Source>()),
            };
            if (term.Aliases.Count == 0)
            {
                row.Error("aliases", "at least one alias is needed to find the term in text");
            }
            // An alias must lead to one entry, or a link in a page could point to either.
            foreach (var alias in term.Aliases)
            {
                if (aliases.TryGetValue(alias, out var first) && first.TermId != term.Id)
                {
                    row.Error("aliases", $"alias '{alias}' is already used by '{first.TermId}' (line {first.Line})");
                }
                else
                {
                    aliases[alias] = (term.Id, row.Line);
                }
            }
            glossary.Add(term.Id, term, row);
        }
    }
}
