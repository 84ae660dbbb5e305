using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Localization;

/// <summary>
/// The resx localizers, with each text kept once looked up (per UI culture and name). <c>ResourceManager.GetString</c>
/// takes a lock on every call: an uncached projects page asks for a few hundred texts, and at 32 connections the lock
/// and the lookups were a tenth of the page's processor time (issue 17, docs/performance.md). The texts are compiled into
/// the app, so they never change while it runs; the keys are the app's own names, and a cap keeps a caller that passes
/// arbitrary text as a name from growing it.
/// </summary>
public sealed class CachingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<Type, IStringLocalizer> _byType = new();
    private readonly ConcurrentDictionary<(string, string), IStringLocalizer> _byName = new();

    public IStringLocalizer Create(Type resourceSource) => _byType.GetOrAdd(resourceSource, type => new CachingStringLocalizer(inner.Create(type)));

    public IStringLocalizer Create(string baseName, string location) =>
        _byName.GetOrAdd((baseName, location), key => new CachingStringLocalizer(inner.Create(key.Item1, key.Item2)));
}

/// <summary>One resx localizer with its texts kept; see <see cref="CachingStringLocalizerFactory"/>.</summary>
public sealed class CachingStringLocalizer(IStringLocalizer inner) : IStringLocalizer
{
    /// <summary>Texts kept per localizer, at most (the largest resx file has a few hundred names, times three languages).</summary>
    internal const int Capacity = 4096;

    private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

    public LocalizedString this[string name]
    {
        get
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_texts.TryGetValue(key, out var text))
            {
                return text;
            }
            text = inner[name];
            if (_texts.Count < Capacity)
            {
                _texts.TryAdd(key, text);
            }
            return text;
        }
    }

    /// <summary>As the resx localizer: the kept text as a format, with the current culture's formatting.</summary>
    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);
}
