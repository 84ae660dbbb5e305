namespace CentralAsiaBri.Web.Api;

// The API's JSON shapes. Enum values are the kebab-case words of the data files ("under-construction"),
// qualifiers their symbols ("=", ">", "≈", "<"); numbers are never rounded or formatted.

/// <summary>One page of a collection, with links to its neighbours (also sent as an RFC 8288 Link header).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Next, string? Previous);

/// <summary>Where a record comes from: a source id (see /api/v1/sources), the place in it, its title and link.</summary>
public sealed record ApiCitation(string Source, string? Location, string Title, string? Url);

public sealed record ApiCountry(string Id, string Name, string Kind, string? Parent, bool Focus, IReadOnlyList<ApiCitation> Sources);

public sealed record ApiDimension(string Id, string Name, string Summary, IReadOnlyList<string> Pillars, IReadOnlyList<ApiCitation> Sources);

/// <summary>A field of a row of another collection in Chinese (<c>zh</c>) or Russian (<c>ru</c>); basis <c>translation</c> (ours) or <c>official</c> (with its source).</summary>
public sealed record ApiTranslation(string Kind, string Id, string Field, string Lang, string Text, string Basis, IReadOnlyList<ApiCitation> Sources);

public sealed record ApiPillar(string Id, string Name, string Dimension, string Summary, IReadOnlyList<ApiCitation> Sources);

public sealed record ApiSource(string Id, string Kind, IReadOnlyList<string> Authors, string Title, string? Publisher, string? Published,
    string? Doi, string? Url, string? CitedIn, int? ReferenceNumber, string? Note);

public sealed record ApiIndicator(string Id, string Name, string Description, string Pillar, int Observations, string ObservationsUrl);

public sealed record ApiIndicatorDetail(string Id, string Name, string Description, string Quantity, string Pillar, string Dimension,
    IReadOnlyList<ApiCitation> Sources, string ObservationsUrl);

public sealed record ApiObservation(string Id, string Indicator, string Area, string? Partner, string? Flow, string? ProductGroup, string Period,
    string? PeriodStart, string PeriodEnd, string Qualifier, double Value, string Unit, string? Currency, string? Reporter, string? Note,
    IReadOnlyList<ApiCitation> Sources);

public sealed record ApiFigure(string Measure, string Qualifier, double Value, string Unit, string? Period, IReadOnlyList<ApiCitation> Sources);

public sealed record ApiProject(string Id, string Name, string Kind, IReadOnlyList<string> Countries, string? Pillar, string? Dimension, string Sector,
    string Status, int? StartYear, int? EndYear, IReadOnlyList<ApiFigure> Figures, IReadOnlyList<string> Companies, string Description,
    IReadOnlyList<ApiCitation> Sources, string Url);

public sealed record ApiEvent(string Id, string DateQualifier, string Date, string? EndDate, string Title, string Kind, string Description,
    IReadOnlyList<string> Countries, IReadOnlyList<ApiCitation> Sources);

/// <summary>One change to a row: added, changed or removed (a tombstone with its reason), who and when, before and after.</summary>
public sealed record ApiRevision(int Id, string File, string RowId, string Kind, DateTime ChangedAtUtc, string ChangedBy, int? ImportId,
    IReadOnlyDictionary<string, string> Before, IReadOnlyDictionary<string, string> After, string? Sources, string? Reason);
