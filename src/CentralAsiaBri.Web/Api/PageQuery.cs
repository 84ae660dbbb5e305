using System.ComponentModel.DataAnnotations;
using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Web.Api;

/// <summary>
/// Which page of a collection, bound from <c>page</c> and <c>pageSize</c> and checked by the framework's
/// minimal-API validation (<c>AddValidation</c>): a value out of range is a 400 validation problem before the
/// endpoint runs.
/// </summary>
public sealed class PageQuery
{
    /// <summary>The page, counted from 1.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "page counts from 1")]
    public int? Page { get; init; }

    /// <summary>Items per page, 1 to 500 (default 50).</summary>
    [Range(1, ApiEndpoints.MaxPageSize, ErrorMessage = "pageSize must be between 1 and 500")]
    public int? PageSize { get; init; }

    public Paging ToPaging() => new(Page ?? 1, PageSize ?? ApiEndpoints.DefaultPageSize);
}
