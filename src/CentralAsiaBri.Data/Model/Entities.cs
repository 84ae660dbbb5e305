namespace CentralAsiaBri.Data.Model;

/// <summary>One of the three dimensions of regional stability the paper assesses.</summary>
public sealed class StabilityDimension : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public int SortOrder { get; set; }
    public required string Summary { get; set; }
    public List<Pillar> Pillars { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>One prong of the five-pronged connectivity framework; it feeds one stability dimension.</summary>
public sealed class Pillar : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    public int SortOrder { get; set; }
    public required string Summary { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A country (ISO 3166-1), a group of countries or a sub-national area (ISO 3166-2).</summary>
public sealed class Country : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public CountryKind Kind { get; set; }
    public string? ParentId { get; set; }
    public Country? Parent { get; set; }
    /// <summary>True for the six states the dashboard is about.</summary>
    public bool IsFocus { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A document, a reference a document cites, or a web page.</summary>
public sealed class Source
{
    public required string Id { get; set; }
    public SourceKind Kind { get; set; }
    public List<string> Authors { get; set; } = [];
    public required string Title { get; set; }
    public string? Publisher { get; set; }
    /// <summary>ISO 8601 date, as precise as known ("2025", "2025-06-18").</summary>
    public string? Published { get; set; }
    public string? Doi { get; set; }
    public string? Url { get; set; }
    public string? CitedInId { get; set; }
    public Source? CitedIn { get; set; }
    public int? ReferenceNumber { get; set; }
    public string? Note { get; set; }
}

public sealed class Unit
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Symbol { get; set; }
    public Quantity Quantity { get; set; }
    public string? Currency { get; set; }
    public double Scale { get; set; } = 1;
}

/// <summary>What is measured; its observations are the figures.</summary>
public sealed class Indicator : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string Description { get; set; }
    public required string PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    public Quantity Quantity { get; set; }
    public List<Observation> Observations { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>One figure: an indicator's value for an area (and partner) over a period, as its source states it.</summary>
public sealed class Observation : ICited
{
    public required string Id { get; set; }
    public required string IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public required string AreaId { get; set; }
    public Country? Area { get; set; }
    public string? PartnerId { get; set; }
    public Country? Partner { get; set; }
    public TradeFlow? Flow { get; set; }
    public string? ProductGroup { get; set; }
    public required string Period { get; set; }
    public DateOnly? PeriodStart { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public Qualifier Qualifier { get; set; }
    public double Value { get; set; }
    public required string UnitId { get; set; }
    public Unit? Unit { get; set; }
    /// <summary>Whose statistic this is (China's customs, a national statistics office, …); null when the source does not say.</summary>
    public string? ReporterId { get; set; }
    public Reporter? Reporter { get; set; }
    public string? Note { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>
/// The owner of a statistic. Trade between the same two countries differs by reporter (transit, re-exports,
/// methods), so a series never mixes reporters.
/// </summary>
public sealed class Reporter : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ReporterKind Kind { get; set; }
    public string? CountryId { get; set; }
    public Country? Country { get; set; }
    public string? Note { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A project, programme, platform, plan, agreement or mechanism of cooperation.</summary>
public sealed class Project : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public ProjectKind Kind { get; set; }
    public List<Country> Countries { get; set; } = [];
    public string? PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    public required string DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    public Sector Sector { get; set; }
    public ProjectStatus Status { get; set; }
    public int? StartYear { get; set; }
    public int? EndYear { get; set; }
    public string? Location { get; set; }
    public required string Description { get; set; }
    public List<ProjectFigure> Figures { get; set; } = [];
    public List<ProjectOrganisation> Organisations { get; set; } = [];
    public List<TimelineEvent> Events { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A figure of a project: its length, capacity, cost, …</summary>
public sealed class ProjectFigure : ICited
{
    public required string Id { get; set; }
    public required string ProjectId { get; set; }
    public Project? Project { get; set; }
    public FigureMeasure Measure { get; set; }
    public Qualifier Qualifier { get; set; }
    public double Value { get; set; }
    public required string UnitId { get; set; }
    public Unit? Unit { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

public sealed class Organisation : ICited
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public OrganisationKind Kind { get; set; }
    public string? CountryId { get; set; }
    public Country? Country { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>What an organisation does in a project.</summary>
public sealed class ProjectOrganisation : ICited
{
    public required string ProjectId { get; set; }
    public Project? Project { get; set; }
    public required string OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public OrganisationRole Role { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A dated happening: a summit, treaty, agreement, visit, statement.</summary>
public sealed class TimelineEvent : ICited
{
    public required string Id { get; set; }
    /// <summary><see cref="Qualifier.LessThan"/> when the source only says it happened before a date ("recently").</summary>
    public Qualifier DateQualifier { get; set; }
    /// <summary>ISO 8601, possibly partial; sorts correctly as text.</summary>
    public required string Date { get; set; }
    public string? EndDate { get; set; }
    public required string Title { get; set; }
    public EventKind Kind { get; set; }
    public List<Country> Countries { get; set; } = [];
    public string? PillarId { get; set; }
    public Pillar? Pillar { get; set; }
    public required string DimensionId { get; set; }
    public StabilityDimension? Dimension { get; set; }
    public List<Project> Projects { get; set; } = [];
    public required string Description { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

public sealed class Challenge : ICited
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public List<StabilityDimension> Dimensions { get; set; } = [];
    public List<Pillar> Pillars { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

public sealed class Recommendation : ICited
{
    public required string Id { get; set; }
    public required string Title { get; set; }
    public required string Summary { get; set; }
    public List<StabilityDimension> Dimensions { get; set; } = [];
    public List<Pillar> Pillars { get; set; } = [];
    public List<Challenge> Challenges { get; set; } = [];
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A term the site explains; its aliases are linked to the entry where they appear in text.</summary>
public sealed class GlossaryTerm : ICited
{
    public required string Id { get; set; }
    public required string Term { get; set; }
    public List<string> Aliases { get; set; } = [];
    public required string Definition { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>A headline figure of the home page: a caption for one observation or project figure.</summary>
public sealed class Headline : ICited
{
    public required string Id { get; set; }
    public int SortOrder { get; set; }
    public required string Label { get; set; }
    public string? ObservationId { get; set; }
    public Observation? Observation { get; set; }
    public string? ProjectFigureId { get; set; }
    public ProjectFigure? ProjectFigure { get; set; }
    public List<Citation> Citations { get; set; } = [];
}

/// <summary>How a <see cref="Translation"/> came about.</summary>
public enum TranslationBasis
{
    /// <summary>The project's own translation of the English text; the English row's sources apply.</summary>
    Translation,
    /// <summary>An official term in that language (the five pillars' Chinese names), with its own source.</summary>
    Official,
}

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

/// <summary>The rows that can be translated and their translatable fields.</summary>
public static class TranslationKinds
{
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Fields { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["country"] = ["name"],
        ["dimension"] = ["name", "summary"],
        ["pillar"] = ["name", "summary"],
        ["indicator"] = ["name", "description"],
        ["unit"] = ["name", "symbol"],
        ["glossary"] = ["term", "definition", "aliases"],
        ["challenge"] = ["title", "summary"],
        ["recommendation"] = ["title", "summary"],
        ["headline"] = ["label"],
        ["event"] = ["title", "description"],
        ["project"] = ["description"],
        ["observation"] = ["product_group", "period"],
        ["reporter"] = ["name"],
    };

    /// <summary>The languages a translation can be in (English is the data's own language).</summary>
    public static IReadOnlyList<string> Languages { get; } = ["zh", "ru"];
}

/// <summary>The one row that remembers which data files the store was last seeded from.</summary>
public sealed class SeedState
{
    public const int SingletonId = 1;
    public int Id { get; set; } = SingletonId;
    /// <summary>SHA-256 over the names and bytes of the CSV files, hex.</summary>
    public required string ContentHash { get; set; }
    public DateTime SeededAtUtc { get; set; }
    public int RowCount { get; set; }
}

/// <summary>
/// The current content of one data file, as the store holds it: what data/ had at the last seed, or what a
/// maintainer imported since. An import is validated together with the other current files.
/// </summary>
public sealed class DataFile
{
    /// <summary>The file name, e.g. <c>trade_observations.csv</c>.</summary>
    public required string Name { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>SHA-256 of <see cref="Content"/>, hex.</summary>
    public required string Sha256 { get; set; }
    public DateTime UpdatedAtUtc { get; set; }
    /// <summary>"seed" for data/, otherwise the maintainer who imported the file.</summary>
    public required string UpdatedBy { get; set; }
}

public enum ImportOutcome
{
    Applied,
    Rejected,
}

/// <summary>The audit trail: one attempt to import data files, applied or not, and by whom.</summary>
public sealed class ImportRecord
{
    public int Id { get; set; }
    public DateTime ImportedAtUtc { get; set; }
    /// <summary>The signed-in maintainer, or <c>cli:USER</c> for the command line.</summary>
    public required string ImportedBy { get; set; }
    /// <summary>"web" or "cli".</summary>
    public required string Channel { get; set; }
    public ImportOutcome Outcome { get; set; }
    public int ErrorCount { get; set; }
    /// <summary>The report as text: per file what changed, or every problem found.</summary>
    public required string Report { get; set; }
    public List<ImportedFile> Files { get; set; } = [];
}

/// <summary>One file of an import, kept whole so an audit can see exactly what was loaded.</summary>
public sealed class ImportedFile
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required byte[] Content { get; set; }
    public required string Sha256 { get; set; }
    public int RowsAdded { get; set; }
    public int RowsChanged { get; set; }
    public int RowsRemoved { get; set; }
}

public enum RevisionKind
{
    Added,
    Changed,
    Removed,
}

/// <summary>
/// One change to one row of a data file, kept for good: who or what made it (a seed from data/, or a
/// maintainer's import), when, the row before and after, and the sources the row cites. A removed row stays
/// here as a tombstone with the reason.
/// </summary>
public sealed class Revision
{
    public int Id { get; set; }
    /// <summary>The data file, e.g. <c>trade_observations.csv</c>.</summary>
    public required string File { get; set; }
    /// <summary>The row's <c>id</c>, or the whole row for files without one (join tables).</summary>
    public required string RowId { get; set; }
    public RevisionKind Kind { get; set; }
    public DateTime ChangedAtUtc { get; set; }
    /// <summary>"seed" for a load of data/, otherwise the maintainer (or <c>cli:USER</c>).</summary>
    public required string ChangedBy { get; set; }
    public int? ImportRecordId { get; set; }
    public ImportRecord? Import { get; set; }
    /// <summary>The row before the change, as JSON (column → text); null when it was added.</summary>
    public string? OldValues { get; set; }
    /// <summary>The row after the change, as JSON; null when it was removed.</summary>
    public string? NewValues { get; set; }
    /// <summary>The row's <c>sources</c> column (after the change, or before a removal).</summary>
    public string? Sources { get; set; }
    /// <summary>Why a row was removed.</summary>
    public string? Reason { get; set; }
}

/// <summary>A numbered, dated snapshot of every data file, with the changes since the previous one.</summary>
public sealed class Release
{
    public int Id { get; set; }
    /// <summary>Semantic version: major (a file's columns changed), minor (rows added or removed), patch (corrections).</summary>
    public required string Version { get; set; }
    public DateTime PublishedAtUtc { get; set; }
    public required string PublishedBy { get; set; }
    /// <summary>The newest revision included: the next release's changelog starts after it.</summary>
    public int LastRevisionId { get; set; }
    /// <summary>Generated from the revisions since the previous release.</summary>
    public required string Changelog { get; set; }
    public List<ReleaseFile> Files { get; set; } = [];
}

public sealed class ReleaseFile
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required byte[] Content { get; set; }
}
