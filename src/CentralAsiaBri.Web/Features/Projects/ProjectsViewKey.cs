using System.Collections.Frozen;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Store;

namespace CentralAsiaBri.Web.Features.Projects;

/// <summary>
/// The projects page's canonical view for its cache key: its filter as <see cref="ProjectsView"/> reads it, so <c>country=KZ&amp;country=UZ</c>, <c>country=UZ,KZ</c> or <c>status=Completed</c> key the same entry as the
/// view they mean.
/// </summary>
public sealed class ProjectsViewKey : ICanonicalView
{
    public static IReadOnlySet<string> Covers { get; } =
        new[] { "country", "pillar", "dimension", "sector", "status", "from", "to", "company", "q", "sort", "desc", "page", "source" }
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string Canonical(IQueryCollection query)
    {
        return ProjectsView.Parse(query["country"], query["pillar"], query["dimension"], query["sector"], query["status"],
            QueryValues.Number(query["from"]), QueryValues.Number(query["to"]), query["company"], query["q"], query["sort"],
            QueryValues.Bool(query["desc"]), QueryValues.Number(query["page"]), query["source"]).ToQueryString();
    }
}
