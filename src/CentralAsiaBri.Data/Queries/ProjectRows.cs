using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>Loads the projects of a query with what a <see cref="ProjectRow"/> shows; one place for search and lookup.</summary>
internal static class ProjectRows
{
    public static async Task<IReadOnlyList<ProjectRow>> LoadAsync(IQueryable<Project> projects, CancellationToken cancellationToken)
    {
        var loaded = await projects
            .Include(p => p.Countries).Include(p => p.Pillar).Include(p => p.Dimension).Include(p => p.Dataset)
            .Include(p => p.Figures).ThenInclude(f => f.Unit)
            .Include(p => p.Figures).ThenInclude(f => f.Citations).ThenInclude(c => c.Source)
            .Include(p => p.Organisations).ThenInclude(o => o.Organisation)
            .Include(p => p.Citations).ThenInclude(c => c.Source)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return [.. loaded.Select(Row)];
    }

    private static ProjectRow Row(Project p) => new(p.Id, p.Name, p.Kind,
        [.. p.Countries.OrderBy(c => c.Name).Select(c => new NamedLink(c.Id, c.Name))],
        p.Pillar is { } pillar ? new NamedLink(pillar.Id, pillar.Name) : null, p.Dimension is { } dimension ? new NamedLink(dimension.Id, dimension.Name) : null,
        p.Sector, p.Status, p.StartYear, p.EndYear,
        [.. p.Figures.Select(Views.Figure)],
        [.. p.Organisations.Where(o => o.Organisation!.Kind == OrganisationKind.Company).Select(o => new NamedLink(o.Organisation!.Id, o.Organisation.Name)).Distinct()],
        p.Description, Views.Cite(p.Citations),
        p.Dataset is { } dataset ? Views.Dataset(dataset) : null, p.DatasetRecordId, Views.Finance(p.Finance));
}
