using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>One project by id, as the API's <c>/api/v1/projects/{id}</c> gives it: one row, no filter, no facets.</summary>
public sealed class ProjectLookup(IDbContextFactory<CentralAsiaBriDbContext> contextFactory)
{
    public async Task<ProjectRow?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        var rows = await ProjectRows.LoadAsync(db.Projects.Where(p => p.Id == id), cancellationToken);
        return rows is [var row] ? row : null;
    }
}
