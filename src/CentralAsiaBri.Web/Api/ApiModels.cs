using CentralAsiaBri.Web.Features;

namespace CentralAsiaBri.Web.Api;

// The API's JSON shapes of the reference collections; a project, an observation and an event are the features'
// records (Features/Projects, Observations, Events), which the downloads write too. Enum values are the kebab-case words of the data files ("under-construction"),
// qualifiers their symbols ("=", ">", "≈", "<"); numbers are never rounded or formatted.

/// <summary>One page of a collection, with links to its neighbours (also sent as an RFC 8288 Link header).</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, string? Next, string? Previous);

public sealed record ApiCountry(string Id, string Name, string Kind, string? Parent, bool Focus, IReadOnlyList<ApiCitation> Sources);

public sealed record ApiDimension(string Id, string Name, string Summary, IReadOnlyList<string> Pillars, IReadOnlyList<ApiCitation> Sources);

/// <summary>A field of a row of another collection in Chinese (<c>zh</c>) or Russian (<c>ru</c>); basis <c>translation</c> (ours) or <c>official</c> (with its source).</summary>
public sealed record ApiTranslation(string Kind, string Id, string Field, string Lang, string Text, string Basis, IReadOnlyList<ApiCitation> Sources);

public sealed record ApiPillar(string Id, string Name, string Dimension, string Summary, IReadOnlyList<ApiCitation> Sources);

/// <summary>A source; <c>terms</c> are the publisher's conditions of reuse and the citation it asks for (the IMF's for its datasets), null when none are recorded.</summary>
public sealed record ApiSource(string Id, string Kind, IReadOnlyList<string> Authors, string Title, string? Publisher, string? Published,
    string? Doi, string? Url, string? CitedIn, int? ReferenceNumber, string? Note, string? Terms);

public sealed record ApiIndicator(string Id, string Name, string Description, string Pillar, int Observations, string ObservationsUrl);

public sealed record ApiIndicatorDetail(string Id, string Name, string Description, string Quantity, string Pillar, string Dimension,
    IReadOnlyList<ApiCitation> Sources, string ObservationsUrl);

/// <summary>One change to a row: added, changed or removed (a tombstone with its reason), who and when, before and after.</summary>
public sealed record ApiRevision(int Id, string File, string RowId, string Kind, DateTime ChangedAtUtc, string ChangedBy, int? ImportId,
    IReadOnlyDictionary<string, string> Before, IReadOnlyDictionary<string, string> After, string? Sources, string? Reason);
