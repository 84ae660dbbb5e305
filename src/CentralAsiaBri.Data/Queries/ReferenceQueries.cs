using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>A field of a row in Chinese or Russian (translations.csv).</summary>
public sealed record TranslationView(string Kind, string Id, string Field, string Language, string Text, TranslationBasis Basis, IReadOnlyList<CitationView> Citations);

public sealed record CountryView(string Id, string Name, CountryKind Kind, string? ParentId, bool IsFocus, IReadOnlyList<CitationView> Citations);

public sealed record DimensionView(string Id, string Name, int SortOrder, string Summary, IReadOnlyList<string> PillarIds, IReadOnlyList<CitationView> Citations);

public sealed record PillarView(string Id, string Name, string DimensionId, int SortOrder, string Summary, IReadOnlyList<CitationView> Citations);

public sealed record SourceDetail(string Id, SourceKind Kind, IReadOnlyList<string> Authors, string Title, string? Publisher, string? Published,
    string? Doi, string? Url, string? CitedInId, int? ReferenceNumber, string? Note, string? Terms);

/// <summary>The small reference tables — countries, the framework, sources — whole for the CSV files, or one page (cut in SQL) for the API.</summary>
public sealed class ReferenceQueries(IDbContextFactory<CentralAsiaBriDbContext> contextFactory)
{
    /// <summary>The names and texts of translations.csv, optionally of one language and one kind of row.</summary>
    public async Task<IReadOnlyList<TranslationView>> GetTranslationsAsync(string? language = null, string? kind = null, CancellationToken cancellationToken = default) =>
        (await GetTranslationsAsync(language, kind, null, cancellationToken)).Items;

    /// <summary>One page of <see cref="GetTranslationsAsync(string?, string?, CancellationToken)"/>, cut in SQL; all rows without <paramref name="paging"/>.</summary>
    public async Task<PageOf<TranslationView>> GetTranslationsAsync(string? language, string? kind, Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        IQueryable<Model.Translation> query = db.Translations;
        if (language is not null)
        {
            query = query.Where(t => t.Language == language);
        }
        if (kind is not null)
        {
            query = query.Where(t => t.Kind == kind);
        }
        var (total, rows) = await query.Include(t => t.Citations).ThenInclude(c => c.Source)
            .OrderBy(t => t.Kind).ThenBy(t => t.EntityId).ThenBy(t => t.Field).ThenBy(t => t.Language).PageAsync(paging, cancellationToken);
        return new(total, [.. rows.Select(t => new TranslationView(t.Kind, t.EntityId, t.Field, t.Language, t.Text, t.Basis, Views.Cite(t.Citations)))]);
    }

    public async Task<IReadOnlyList<CountryView>> GetCountriesAsync(CancellationToken cancellationToken = default) =>
        (await GetCountriesAsync(null, cancellationToken)).Items;

    /// <summary>One page, cut in SQL; every row without <paramref name="paging"/>.</summary>
    public async Task<PageOf<CountryView>> GetCountriesAsync(Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var countries = await db.Countries.Include(c => c.Citations).ThenInclude(c => c.Source).OrderBy(c => c.Id).PageAsync(paging, cancellationToken);
        return new(countries.Total, [.. countries.Items.Select(c => new CountryView(c.Id, c.Name, c.Kind, c.ParentId, c.IsFocus, Views.Cite(c.Citations)))]);
    }

    public async Task<IReadOnlyList<DimensionView>> GetDimensionsAsync(CancellationToken cancellationToken = default) =>
        (await GetDimensionsAsync(null, cancellationToken)).Items;

    /// <summary>One page, cut in SQL; every row without <paramref name="paging"/>.</summary>
    public async Task<PageOf<DimensionView>> GetDimensionsAsync(Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var dimensions = await db.Dimensions.Include(d => d.Pillars).Include(d => d.Citations).ThenInclude(c => c.Source)
            .OrderBy(d => d.SortOrder).ThenBy(d => d.Id).PageAsync(paging, cancellationToken);
        return new(dimensions.Total, [.. dimensions.Items.Select(d => new DimensionView(d.Id, d.Name, d.SortOrder, d.Summary,
            [.. d.Pillars.OrderBy(p => p.SortOrder).Select(p => p.Id)], Views.Cite(d.Citations)))]);
    }

    public async Task<IReadOnlyList<PillarView>> GetPillarsAsync(CancellationToken cancellationToken = default) =>
        (await GetPillarsAsync(null, cancellationToken)).Items;

    /// <summary>One page, cut in SQL; every row without <paramref name="paging"/>.</summary>
    public async Task<PageOf<PillarView>> GetPillarsAsync(Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var pillars = await db.Pillars.Include(p => p.Citations).ThenInclude(c => c.Source).OrderBy(p => p.SortOrder).ThenBy(p => p.Id).PageAsync(paging, cancellationToken);
        return new(pillars.Total, [.. pillars.Items.Select(p => new PillarView(p.Id, p.Name, p.DimensionId, p.SortOrder, p.Summary, Views.Cite(p.Citations)))]);
    }

    public async Task<IReadOnlyList<SourceDetail>> GetSourcesAsync(CancellationToken cancellationToken = default) =>
        (await GetSourcesAsync(null, cancellationToken)).Items;

    /// <summary>One page, cut in SQL; every row without <paramref name="paging"/>.</summary>
    public async Task<PageOf<SourceDetail>> GetSourcesAsync(Paging? paging, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var sources = await db.Sources.OrderBy(s => s.Id).PageAsync(paging, cancellationToken);
        return new(sources.Total, [.. sources.Items.Select(s => new SourceDetail(s.Id, s.Kind, s.Authors, s.Title, s.Publisher, s.Published, s.Doi, s.Url, s.CitedInId, s.ReferenceNumber, s.Note, s.Terms))]);
    }
}
