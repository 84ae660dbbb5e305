using CentralAsiaBri.Tests.Support;
using CentralAsiaBri.Web.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Tests.Web;

/// <summary>
/// The output cache keys a view by its normalised state (issue 17): made-up parameters, parameter order and case, and
/// spelling variants of the same view share one entry; a different view never does.
/// </summary>
public sealed class CacheKeyTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/projects?country=KG&from=2010", "/projects?from=2010&country=KG&x=1")]
    [InlineData("/projects?country=KG&country=UZ", "/projects?country=UZ,KG&utm_source=mail")]
    [InlineData("/projects?status=under-construction", "/projects?STATUS=UnderConstruction")]
    [InlineData("/trade?countries=KZ,KG", "/trade?countries=KG,KZ,KG&nonsense=2")]
    [InlineData("/trade?countries=TJ&from=2015", "/trade?from=2015&countries=TJ&from_=1&fbclid=abc")]
    [InlineData("/indicators/trade-growth-yoy", "/indicators/trade-growth-yoy?session=123")]
    [InlineData("/", "/?ref=newsletter")]
    public async Task Variants_of_one_view_are_served_from_one_cache_entry(string first, string variant)
    {
        using var client = app.CreateClient();
        var original = await client.GetStringAsync(first);

        using var response = await client.GetAsync(variant);

        Assert.True(response.Headers.Age is not null, $"{variant} was not served from the entry of {first}");
        Assert.Equal(original, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/projects?country=KG", "/projects?country=KZ")]
    [InlineData("/projects?q=rail", "/projects?q=road")]
    [InlineData("/trade?countries=KZ", "/trade?countries=KZ&flow=exports")]
    [InlineData("/trade?countries=KZ", "/trade?countries=KZ&reporters=china-gac")]
    [InlineData("/indicators/trade-value", "/indicators/trade-value?view=table")]
    public async Task Different_views_are_never_one_entry(string first, string other)
    {
        using var client = app.CreateClient();
        await client.GetStringAsync(first);

        using var response = await client.GetAsync(other);

        Assert.Null(response.Headers.Age);
    }

    [Fact]
    public void Pages_are_keyed_by_the_parameters_components_read_and_nothing_else()
    {
        Assert.Contains("countries", ViewStateKey.ComponentParameters);
        Assert.Contains("q", ViewStateKey.ComponentParameters);
        Assert.Contains("page", ViewStateKey.ComponentParameters);
        Assert.DoesNotContain("x", ViewStateKey.ComponentParameters);
        Assert.DoesNotContain("utm_source", ViewStateKey.ComponentParameters);
    }

    [Fact]
    public void The_cache_has_a_size_limit()
    {
        var options = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>>().Value;

        Assert.Equal(DataCache.SizeLimitBytes, options.SizeLimit);
        Assert.True(options.SizeLimit <= 64L * 1024 * 1024);
    }
}
