using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace CentralAsiaBri.Web.Store;

/// <summary>
/// A view whose query string has one canonical form: spelling variants, order and repeats of the same view give the same
/// text. A page names its implementation with <see cref="CanonicalViewAttribute"/>; the output cache keys the page by it.
/// </summary>
public interface ICanonicalView
{
    /// <summary>The query parameters the canonical form stands for (the rest are keyed as they are).</summary>
    static abstract IReadOnlySet<string> Covers { get; }

    /// <summary>The view's canonical query string.</summary>
    static abstract string Canonical(IQueryCollection query);
}

/// <summary>Keys a page's cache entries by its view's canonical form (<see cref="ICanonicalView"/>).</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CanonicalViewAttribute(Type view) : Attribute
{
    public Type View { get; } = view.IsAssignableTo(typeof(ICanonicalView)) ? view : throw new ArgumentException($"{view} is not an {nameof(ICanonicalView)}", nameof(view));
}

/// <summary>
/// The output cache's key from the normalised view state (issue 17), not the raw query string: only the parameters an
/// endpoint reads are part of it (any other, such as <c>&amp;x=1</c>, maps to the same entry), in a fixed order and
/// case-insensitively named, and a page with a <see cref="CanonicalViewAttribute"/> is keyed by its canonical form. A
/// flood of distinct query strings therefore only makes entries for distinct views, and the store's size limit
/// (<c>Cache:SizeLimitMegabytes</c>) bounds those.
/// </summary>
/// <remarks>
/// Pages: the parameters are those of every <c>[SupplyParameterFromQuery]</c> in the app's components (a layout or a
/// child component may read one too, so a page is keyed by all of them). Endpoints: the handler's parameters that bind
/// from the query (simple types, arrays of them, and the members of <c>[AsParameters]</c> types); a handler that takes the
/// request itself reads what it likes, so it is keyed by the whole query string.
/// </remarks>
public sealed class ViewStateKey : IOutputCachePolicy
{
    private static readonly FrozenSet<string> s_componentParameters = typeof(ViewStateKey).Assembly.GetTypes()
        .Where(t => t.IsAssignableTo(typeof(IComponent)))
        .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        .Select(p => p.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is { } query ? query.Name ?? p.Name : null)
        .OfType<string>()
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly StringValues s_everything = new("*");

    private readonly ConcurrentDictionary<Endpoint, (StringValues Keys, Func<IQueryCollection, string>? Canonical)> _rules = new();

    /// <summary>The query parameters a page's components read.</summary>
    public static IReadOnlySet<string> ComponentParameters => s_componentParameters;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.GetEndpoint() is { } endpoint)
        {
            var (keys, canonical) = _rules.GetOrAdd(endpoint, Rules);
            context.CacheVaryByRules.QueryKeys = keys;
            if (canonical is not null)
            {
                context.CacheVaryByRules.VaryByValues["view"] = canonical(context.HttpContext.Request.Query);
            }
        }
        else
        {
            context.CacheVaryByRules.QueryKeys = s_everything;
        }
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    internal static (StringValues Keys, Func<IQueryCollection, string>? Canonical) Rules(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is { } component)
        {
            if (component.Type.GetCustomAttribute<CanonicalViewAttribute>() is { } attribute)
            {
                var covers = (IReadOnlySet<string>)attribute.View.GetProperty(nameof(ICanonicalView.Covers))!.GetValue(null)!;
                var canonical = attribute.View.GetMethod(nameof(ICanonicalView.Canonical))!.CreateDelegate<Func<IQueryCollection, string>>();
                return (Sorted(s_componentParameters.Where(p => !covers.Contains(p))), canonical);
            }
            return (Sorted(s_componentParameters), null);
        }
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is { } handler)
        {
            var route = endpoint is RouteEndpoint routed ? routed.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase) : [];
            var names = new List<string>();
            foreach (var parameter in handler.GetParameters())
            {
                if (!AddQueryNames(parameter.ParameterType, parameter.Name, parameter.GetCustomAttributes(), route, names))
                {
                    return (s_everything, null);
                }
            }
            return (Sorted(names), null);
        }
        return (s_everything, null);
    }

    /// <summary>Adds the query names a handler parameter binds; false when it reads the request itself.</summary>
    private static bool AddQueryNames(Type type, string? name, IEnumerable<Attribute> attributes, HashSet<string> route, List<string> names)
    {
        if (type == typeof(HttpContext) || type == typeof(HttpRequest) || type == typeof(IQueryCollection))
        {
            return false;
        }
        var list = attributes.ToList();
        if (list.OfType<AsParametersAttribute>().Any())
        {
            foreach (var property in type.GetProperties(BindingFlags.Instance | BindingFlags.Public))
            {
                if (!AddQueryNames(property.PropertyType, property.Name, property.GetCustomAttributes(), route, names))
                {
                    return false;
                }
            }
            return true;
        }
        if (list.OfType<Microsoft.AspNetCore.Mvc.FromQueryAttribute>().FirstOrDefault() is { Name: { } queryName })
        {
            names.Add(queryName);
            return true;
        }
        if (name is not null && !route.Contains(name) && BindsFromQuery(type))
        {
            names.Add(name);
        }
        return true;
    }

    private static bool BindsFromQuery(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element == typeof(string) || element.IsPrimitive || element.IsEnum || element == typeof(decimal)
            || element.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), element.MakeByRefType()]) is not null
            || element.GetMethod("TryParse", BindingFlags.Public | BindingFlags.Static, [typeof(string), typeof(IFormatProvider), element.MakeByRefType()]) is not null;
    }

    private static StringValues Sorted(IEnumerable<string> names) =>
        new([.. names.Select(n => n.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal)]);
}
