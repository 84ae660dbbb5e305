namespace CentralAsiaBri.Data.Model;

/// <summary>
/// A text of another row (a country's name, a pillar's summary…) in Chinese or Russian (translations.csv).
/// The English row stays the original; a missing translation shows the English text with a note.
/// </summary>
public sealed class Translation : ICited
{
    public int Id { get; set; }
    /// <summary>The kind of row: "country", "pillar", … (<see cref="TranslationKinds"/>).</summary>
    public required string Kind { get; set; }
    public required string EntityId { get; set; }
    /// <summary>The translated field, named as the data file's column ("name", "summary"…).</summary>
    public required string Field { get; set; }
    /// <summary>"zh" or "ru".</summary>
    public required string Language { get; set; }
    public required string Text { get; set; }
    public TranslationBasis Basis { get; set; }
    public List<Citation> Citations { get; set; } = [];
}
