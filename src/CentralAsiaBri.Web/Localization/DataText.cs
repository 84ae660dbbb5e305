using System.Collections.Frozen;
using System.Globalization;
using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Web.Localization;

/// <summary>How a text of the data reached the reader.</summary>
public enum LocalTextKind
{
    /// <summary>The English text, read in English.</summary>
    Original,
    /// <summary>Our translation of the English text.</summary>
    Translation,
    /// <summary>An official term in the reader's language.</summary>
    Official,
    /// <summary>No translation yet: the English text, shown with a note.</summary>
    Fallback,
    /// <summary>A proper name kept in its source's language (a project, a company, a source's title): English, without a note.</summary>
    ProperName,
}

/// <summary>A text of the data in the reader's language, or the English text it falls back to.</summary>
/// <param name="Text">The text to show.</param>
/// <param name="Language">The text's own language, for its <c>lang</c> attribute ("en", "zh-Hans", "ru").</param>
/// <param name="Kind">Whether it is the original, a translation, an official term or a fallback.</param>
public readonly record struct LocalText(string Text, string Language, LocalTextKind Kind)
{
    /// <summary>English on a page in another language: to be marked <c>lang="en"</c>.</summary>
    public bool IsForeign => Kind is LocalTextKind.Fallback or LocalTextKind.ProperName;

    public override string ToString() => Text;
}

/// <summary>
/// Every translation in the store, by language, kept in memory: a few hundred short rows that change only
/// when data is loaded (<see cref="Store.DataCache.EvictAsync"/> drops them with the cached pages).
/// </summary>
public sealed class TranslationCatalog(IDbContextFactory<CentralAsiaBriDbContext> contextFactory)
{
    private Task<FrozenDictionary<string, (string Text, bool Official)>>? _all;

    /// <summary>
    /// The catalogue, read once and shared; a failed read (the store busy or not seeded yet) is not kept, so the
    /// next request tries again. Concurrent first requests may read it twice; both get the same content.
    /// </summary>
    public Task<FrozenDictionary<string, (string Text, bool Official)>> GetAsync()
    {
        var current = Volatile.Read(ref _all);
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            var next = LoadAsync();
            // Keep a newer load that another request (or an Invalidate) started meanwhile.
            current = Interlocked.CompareExchange(ref _all, next, current) == current ? next : Volatile.Read(ref _all) ?? next;
        }
        return current;
    }

    /// <summary>Forgets the catalogue after a data load; the next request reads the new one.</summary>
    public void Invalidate() => Interlocked.Exchange(ref _all, null);

    internal static string Key(string language, string kind, string id, string field) => $"{language}\u001f{kind}\u001f{id}\u001f{field}";

    internal static string ByEnglishKey(string language, string kind, string field, string english) => $"{language}\u001f{kind}\u001f={english}\u001f{field}";

    private async Task<FrozenDictionary<string, (string Text, bool Official)>> LoadAsync()
    {
        await Task.Yield();
        {
            await using var db = await contextFactory.CreateDbContextAsync();
            var rows = await db.Translations.Select(t => new { t.Language, t.Kind, t.EntityId, t.Field, t.Text, t.Basis }).ToListAsync();
            var byId = rows.ToDictionary(t => Key(t.Language, t.Kind, t.EntityId, t.Field), t => (t.Text, t.Basis == TranslationBasis.Official), StringComparer.Ordinal);
            // Many views carry a name but not its row's id ("Kazakhstan", "bn CNY"): those names, unique within
            // their kind, also find their translation by the English text.
            var english = new List<(string Kind, string Field, string Id, string Text)>();
            english.AddRange((await db.Countries.Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => ("country", "name", c.Id, c.Name)));
            english.AddRange((await db.Dimensions.Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => ("dimension", "name", c.Id, c.Name)));
            english.AddRange((await db.Pillars.Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => ("pillar", "name", c.Id, c.Name)));
            english.AddRange((await db.Indicators.Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => ("indicator", "name", c.Id, c.Name)));
            english.AddRange((await db.Reporters.Select(c => new { c.Id, c.Name }).ToListAsync()).Select(c => ("reporter", "name", c.Id, c.Name)));
            var units = await db.Units.Select(c => new { c.Id, c.Name, c.Symbol }).ToListAsync();
            english.AddRange(units.Select(c => ("unit", "name", c.Id, c.Name)));
            english.AddRange(units.Select(c => ("unit", "symbol", c.Id, c.Symbol)));
            // Free-text periods ("ten years to 2025") are translated per observation; the same English period reads
            // the same everywhere, so pages that show a period without its observation find it too.
            var periodIds = rows.Where(t => t.Kind == "observation" && t.Field == "period").Select(t => t.EntityId).Distinct().ToList();
            english.AddRange((await db.Observations.Where(o => periodIds.Contains(o.Id)).Select(o => new { o.Id, o.Period }).ToListAsync())
                .Select(o => ("observation", "period", o.Id, o.Period)));
            foreach (var group in english.GroupBy(e => (e.Kind, e.Field, e.Text)).Where(g => g.Count() == 1))
            {
                var (kind, field, id, text) = group.Single();
                foreach (var language in TranslationKinds.Languages)
                {
                    if (byId.TryGetValue(Key(language, kind, id, field), out var translation))
                    {
                        byId[ByEnglishKey(language, kind, field, text)] = translation;
                    }
                }
            }
            return byId.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }
}

/// <summary>
/// The data's texts in the current request's language (<see cref="CultureInfo.CurrentUICulture"/>). Names and
/// summaries come from translations.csv; where a translation is missing the English text is returned and
/// marked as a fallback, so the page can say so and mark it <c>lang="en"</c>.
/// </summary>
public sealed class DataText(TranslationCatalog catalog)
{
    private FrozenDictionary<string, (string Text, bool Official)> _translations = FrozenDictionary<string, (string Text, bool Official)>.Empty;

    /// <summary>Reads the catalogue (from memory after the first request); done once per request before rendering.</summary>
    public async Task LoadAsync() => _translations = await catalog.GetAsync();

    /// <summary>The reader's language as the data files write it: "en", "zh", "ru".</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    /// <summary>Whether the reader reads the data's own language.</summary>
    public static bool IsEnglish => Language == "en";

    /// <summary>The <c>lang</c> attribute of text kept in English (a code, a file name, a person's name): "en" on pages in other languages.</summary>
    public static string? EnglishLang => IsEnglish ? null : "en";

    /// <summary>A field of a row in the reader's language: the translation, or the English text marked as a fallback.</summary>
    public LocalText Get(string kind, string id, string field, string english) =>
        Find(language => TranslationCatalog.Key(language, kind, id, field), english);

    /// <summary>
    /// The translation of a country's, dimension's, pillar's, indicator's, reporter's or unit's name (or a unit's
    /// symbol, or a free-text period) found by its English text, for views that carry the name without the id.
    /// </summary>
    public LocalText ByEnglish(string kind, string field, string english) =>
        Find(language => TranslationCatalog.ByEnglishKey(language, kind, field, english), english);

    private LocalText Find(Func<string, string> key, string english)
    {
        var language = Language;
        if (language == "en")
        {
            return new LocalText(english, "en", LocalTextKind.Original);
        }
        return _translations.TryGetValue(key(language), out var found)
            ? new LocalText(found.Text, CultureInfo.CurrentUICulture.Name, found.Official ? LocalTextKind.Official : LocalTextKind.Translation)
            : new LocalText(english, "en", LocalTextKind.Fallback);
    }

    /// <summary>
    /// A proper name the data keeps only in its source's language (a project, company or source title): marked
    /// as English on pages in other languages, without a "not translated" note.
    /// </summary>
    public static LocalText Untranslated(string name) =>
        new(name, "en", IsEnglish ? LocalTextKind.Original : LocalTextKind.ProperName);

    /// <summary>Who owns a statistic, by its id ("china-gac" → "中国海关总署").</summary>
    public LocalText Reporter(string id, string english) => Get("reporter", id, "name", english);

    /// <summary>The body behind reporters, by its id ("imf" → "国际货币基金组织").</summary>
    public LocalText Institution(string id, string english) => Get("institution", id, "name", english);

    /// <summary>A country's name by its English name ("Kazakhstan" → "哈萨克斯坦"), for figures that carry the name without the id.</summary>
    public string CountryNamed(string english) => ByEnglish("country", "name", english).Text;

    /// <summary>A unit's symbol by its English symbol ("bn CNY" → "十亿元").</summary>
    public string Symbol(string english) => ByEnglish("unit", "symbol", english).Text;

    /// <summary>
    /// An observation's period in the reader's language. The regular forms are written by rule ("H1 2023" →
    /// "2023年上半年", "Jan–May 2025" → "январь–май 2025"); the few free-text periods come from translations.csv
    /// (observation, period); anything else stays English and is marked so.
    /// </summary>
    public LocalText Period(string? observationId, string period)
    {
        if (IsEnglish || PeriodFormat.Localize(period, CultureInfo.CurrentUICulture) is not { } text)
        {
            return observationId is null ? ByEnglish("observation", "period", period) : Get("observation", observationId, "period", period);
        }
        return new LocalText(text, CultureInfo.CurrentUICulture.Name, LocalTextKind.Translation);
    }

    /// <summary>
    /// The name of a row a read record links to (<see cref="NamedLink"/>), by its id: the one way pages turn a
    /// record's country, pillar, dimension or reporter into the reader's language.
    /// </summary>
    public LocalText Named(string kind, NamedLink link) => Get(kind, link.Id, "name", link.Name);

    /// <summary>A translated name, or the English one: for labels, chart series and file names.</summary>
    public string Name(string kind, string id, string english) => Get(kind, id, "name", english).Text;

    public string Country(string id, string english) => Name("country", id, english);

    public string Pillar(string id, string english) => Name("pillar", id, english);

    public string Indicator(string id, string english) => Name("indicator", id, english);

}
