using System.Globalization;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Queries;
using CentralAsiaBri.Web.Components.Shared;
using CentralAsiaBri.Web.Localization;
using Microsoft.Extensions.Localization;

namespace CentralAsiaBri.Web.Features.Projects;

/// <summary>The projects filter in the query string, and back: the page's links and form, the API and the downloads share it.</summary>
public static class ProjectsView
{
    /// <summary>The filter of a request's query string (the downloads: every row, so no page).</summary>
    public static ProjectFilter FromQuery(IQueryCollection q) =>
        Parse(q["country"], q["pillar"], q["dimension"], q["sector"], q["status"], QueryValues.Number(q["from"]), QueryValues.Number(q["to"]),
            q["company"], q["q"], q["sort"], QueryValues.Bool(q["desc"]), null, q["source"]);

    public static ProjectFilter Parse(IEnumerable<string>? countries, string? pillar, string? dimension, string? sector, string? status,
        int? from, int? to, string? company, string? text, string? sort, bool? descending, int? page, string? source = null) => new()
    {
        Countries = [.. (countries ?? []).SelectMany(c => c.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .Where(c => c.Length is >= 2 and <= 6).Distinct().Order(StringComparer.Ordinal)],
        Pillar = Slug(pillar),
        Dimension = Slug(dimension),
        Sector = QueryValues.Enum<Sector>(sector?.Replace("-", "", StringComparison.Ordinal)),
        Status = QueryValues.Enum<ProjectStatus>(status?.Replace("-", "", StringComparison.Ordinal)),
        FromYear = from is >= 1900 and <= 2100 ? from : null,
        ToYear = to is >= 1900 and <= 2100 ? to : null,
        Company = Slug(company),
        Source = Slug(source),
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim()[..Math.Min(text.Trim().Length, 100)],
        Sort = QueryValues.Enum<ProjectSort>(sort) ?? ProjectSort.Name,
        Descending = descending == true,
        Page = page is > 0 and < 100_000 ? page.Value : 1,
    };

    private static string? Slug(string? value) => string.IsNullOrWhiteSpace(value) || value.Length > 100 ? null : value.Trim();

    /// <summary>The filter as a query string; page 1, name order and empty filters are left out.</summary>
    public static string ToQueryString(this ProjectFilter filter, bool withPaging = true)
    {
        var query = new List<KeyValuePair<string, string?>>();
        query.AddRange(filter.Countries.Select(c => new KeyValuePair<string, string?>("country", c)));
        Add(query, "pillar", filter.Pillar);
        Add(query, "dimension", filter.Dimension);
        Add(query, "sector", filter.Sector is { } sector ? Labels.Kebab(sector) : null);
        Add(query, "status", filter.Status is { } status ? Labels.Kebab(status) : null);
        Add(query, "from", filter.FromYear?.ToString(CultureInfo.InvariantCulture));
        Add(query, "to", filter.ToYear?.ToString(CultureInfo.InvariantCulture));
        Add(query, "company", filter.Company);
        Add(query, "source", filter.Source);
        Add(query, "q", filter.Text);
        if (withPaging)
        {
            Add(query, "sort", filter.Sort == ProjectSort.Name ? null : filter.Sort.ToString().ToLowerInvariant());
            Add(query, "desc", filter.Descending ? "true" : null);
            Add(query, "page", filter.Page > 1 ? filter.Page.ToString(CultureInfo.InvariantCulture) : null);
        }
        return QueryString.Create(query).ToUriComponent();
    }

    private static void Add(List<KeyValuePair<string, string?>> query, string key, string? value)
    {
        if (value is not null)
        {
            query.Add(new(key, value));
        }
    }

    public static ProjectFilter ToggleCountry(this ProjectFilter filter, string country) => filter with
    {
        Countries = filter.Countries.Contains(country) ? [.. filter.Countries.Where(c => c != country)] : [.. filter.Countries, country],
        Page = 1,
    };

    public static ProjectFilter SortBy(this ProjectFilter filter, ProjectSort sort) => filter with
    {
        Sort = sort,
        Descending = filter.Sort == sort && !filter.Descending,
        Page = 1,
    };

    /// <summary>A project's years in the reader's language: "2019–2024", "2025", "until 2030" ("至 2030 年").</summary>
    public static string Years(IStringLocalizer localizer, int? start, int? end) => (start, end) switch
    {
        (null, { } e) => localizer["until {0}", e.ToString(CultureInfo.InvariantCulture)],
        _ => Labels.Years(start, end),
    };
}
