using CentralAsiaBri.Data.Model;
using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Queries;

/// <summary>The home page's headline counts.</summary>
public sealed record Overview(
    int Indicators,
    int Observations,
    int Projects,
    int Events,
    int Sources,
    int Challenges,
    int Recommendations,
    IReadOnlyList<CountryProjectCount> ProjectsPerCountry,
    DateTime? SeededAtUtc);

public sealed record CountryProjectCount(string CountryId, string CountryName, int Projects);

/// <remarks>The same until the next data load, so read once per load (<see cref="DataLoadCache"/>).</remarks>
public sealed class OverviewQuery(IDbContextFactory<CentralAsiaBriDbContext> contextFactory, DataLoadCache cache)
{
    public Task<Overview> GetAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrAddAsync("overview", () => ReadGetAsync(CancellationToken.None));

    private async Task<Overview> ReadGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        // Counts are independent small scans; one context runs them one after another (a context is not thread-safe).
        // One pass over the project–country links, grouped, rather than a count of every project per country.
        var counts = await db.Projects.SelectMany(p => p.Countries).Where(c => c.IsFocus)
            .GroupBy(c => c.Id).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var perCountry = (await db.Countries
            .Where(c => c.IsFocus)
            .OrderBy(c => c.Id == "CN").ThenBy(c => c.Name)
            .Select(c => new { c.Id, c.Name })
            .ToListAsync(cancellationToken))
            .Select(c => new CountryProjectCount(c.Id, c.Name, counts.GetValueOrDefault(c.Id)))
            .ToList();
        return new Overview(
            Indicators: await db.Indicators.CountAsync(cancellationToken),
            Observations: await db.Observations.CountAsync(cancellationToken),
            Projects: await db.Projects.CountAsync(cancellationToken),
            Events: await db.Events.CountAsync(cancellationToken),
            Sources: await db.Sources.CountAsync(cancellationToken),
            Challenges: await db.Challenges.CountAsync(cancellationToken),
            Recommendations: await db.Recommendations.CountAsync(cancellationToken),
            ProjectsPerCountry: perCountry,
            SeededAtUtc: await db.SeedStates.Select(s => (DateTime?)s.SeededAtUtc).SingleOrDefaultAsync(cancellationToken));
    }
}
