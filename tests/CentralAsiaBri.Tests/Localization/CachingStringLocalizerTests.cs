using System.Globalization;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CentralAsiaBri.Tests.Localization;

/// <summary>The kept resx texts (<see cref="CachingStringLocalizer"/>) are the resx localizer's, in every language.</summary>
public sealed class CachingStringLocalizerTests
{
    private static readonly ResourceManagerStringLocalizerFactory s_resx = new(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);

    [Fact]
    public void Every_text_is_the_resx_text_of_the_current_language_whichever_language_asked_first()
    {
        var inner = s_resx.Create(typeof(SharedText));
        var kept = new CachingStringLocalizerFactory(s_resx).Create(typeof(SharedText));
        string[] names;
        using (new UiCulture("en"))
        {
            names = [.. inner.GetAllStrings(includeParentCultures: true).Select(s => s.Name)];
        }
        Assert.NotEmpty(names);

        // Twice round the languages: the second round reads what the first kept, and must not mix languages.
        for (var round = 0; round < 2; round++)
        {
            foreach (var culture in new[] { "ru", "en", "zh-Hans" })
            {
                using var _ = new UiCulture(culture);
                foreach (var name in names)
                {
                    Assert.Equal(inner[name].Value, kept[name].Value);
                    Assert.Equal(inner[name].ResourceNotFound, kept[name].ResourceNotFound);
                }
            }
        }
        // The languages differ, so a text kept in one language and served in another would have failed above.
        string english, russian;
        using (new UiCulture("en"))
        {
            english = kept[names[0]].Value;
        }
        using (new UiCulture("ru"))
        {
            russian = kept[names[0]].Value;
        }
        Assert.NotEqual(english, russian);
    }

    [Fact]
    public void A_missing_name_and_a_format_behave_as_the_resx_localizer()
    {
        var inner = s_resx.Create(typeof(SharedText));
        var kept = new CachingStringLocalizerFactory(s_resx).Create(typeof(SharedText));
        using var _ = new UiCulture("ru");

        Assert.True(kept["No such text {0}"].ResourceNotFound);
        Assert.Equal(inner["No such text {0}", 42].Value, kept["No such text {0}", 42].Value);
        Assert.Equal("No such text 42", kept["No such text {0}", 42].Value);
    }

    [Fact]
    public void The_factory_gives_one_localizer_per_resource()
    {
        var factory = new CachingStringLocalizerFactory(s_resx);

        Assert.Same(factory.Create(typeof(SharedText)), factory.Create(typeof(SharedText)));
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _before = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _before;
    }
}
