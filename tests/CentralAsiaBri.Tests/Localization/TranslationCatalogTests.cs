using System.Globalization;
using CentralAsiaBri.Data;
using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Localization;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Tests.Localization;

public sealed class TranslationCatalogTests : IDisposable
{
    private readonly TestStore _store = new();

    public void Dispose() => _store.Dispose();

    /// <summary>Fails the first time it is asked for a context (the store busy, or not there yet).</summary>
    private sealed class FlakyFactory(IDbContextFactory<CentralAsiaBriDbContext> inner) : IDbContextFactory<CentralAsiaBriDbContext>
    {
        public int Calls { get; private set; }

        public CentralAsiaBriDbContext CreateDbContext() => ++Calls == 1 ? throw new InvalidOperationException("store busy") : inner.CreateDbContext();

        public Task<CentralAsiaBriDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) => Task.FromResult(CreateDbContext());
    }

    [Fact]
    public async Task A_failed_read_is_not_kept_and_the_next_request_reads_again()
    {
        await _store.Seeder.SeedAsync(TempDataDirectory.ProjectDataDirectory);
        var catalog = new TranslationCatalog(new FlakyFactory(_store.Factory));

        await Assert.ThrowsAsync<InvalidOperationException>(catalog.GetAsync);
        var translations = await catalog.GetAsync();

        Assert.NotEmpty(translations);
    }

    [Fact]
    public async Task After_a_data_load_the_catalogue_is_read_anew()
    {
        await _store.Seeder.SeedAsync(TempDataDirectory.ProjectDataDirectory);
        var catalog = new TranslationCatalog(_store.Factory);
        var first = await catalog.GetAsync();
        await using (var db = _store.CreateContext())
        {
            await db.Translations.Where(t => t.Kind == "pillar" && t.Language == "ru").ExecuteDeleteAsync();
        }

        Assert.Same(first, await catalog.GetAsync());
        catalog.Invalidate();
        var text = new DataText(catalog);
        await text.LoadAsync();

        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
        try
        {
            // The Russian pillar names are gone: the English name, marked as a fallback, never an empty string.
            var name = text.Pillar("policy-coordination", "Policy coordination");
            Assert.Equal("Policy coordination", name);
            Assert.Equal(LocalTextKind.Fallback, text.Get("pillar", "policy-coordination", "name", "Policy coordination").Kind);
            Assert.Equal("Казахстан", text.Country("KZ", "Kazakhstan"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
