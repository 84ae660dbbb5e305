using System.Collections;
using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// A whole, validated dataset: every row of every data file, with references resolved to objects, by entity
/// (<see cref="Rows{T}"/>). The named properties are shorthands for the entities callers read most.
/// </summary>
public sealed class DataSet
{
    private readonly IReadOnlyDictionary<Type, IList> _rows;

    internal DataSet(IReadOnlyDictionary<Type, IList> rows) => _rows = rows;

    /// <summary>The rows of one entity (of every file that feeds it), in the order they were read.</summary>
    public IReadOnlyList<T> Rows<T>()
        where T : class =>
        _rows.TryGetValue(typeof(T), out var rows)
            ? (IReadOnlyList<T>)rows
            : throw new ArgumentException($"No data file holds {typeof(T).Name} rows.", nameof(T));

    /// <summary>The rows of one entity, untyped (for the seeder's inserts).</summary>
    internal IReadOnlyCollection<object> RowsOf(Type entityType) => (IReadOnlyCollection<object>)_rows[entityType];

    public IReadOnlyList<Source> Sources => Rows<Source>();
    public IReadOnlyList<Unit> Units => Rows<Unit>();
    public IReadOnlyList<StabilityDimension> Dimensions => Rows<StabilityDimension>();
    public IReadOnlyList<Pillar> Pillars => Rows<Pillar>();
    public IReadOnlyList<Country> Countries => Rows<Country>();
    public IReadOnlyList<Indicator> Indicators => Rows<Indicator>();
    public IReadOnlyList<Reporter> Reporters => Rows<Reporter>();
    public IReadOnlyList<Observation> Observations => Rows<Observation>();
    public IReadOnlyList<Organisation> Organisations => Rows<Organisation>();
    public IReadOnlyList<Project> Projects => Rows<Project>();
    public IReadOnlyList<ProjectFigure> ProjectFigures => Rows<ProjectFigure>();
    public IReadOnlyList<ProjectOrganisation> ProjectOrganisations => Rows<ProjectOrganisation>();
    public IReadOnlyList<TimelineEvent> Events => Rows<TimelineEvent>();
    public IReadOnlyList<Challenge> Challenges => Rows<Challenge>();
    public IReadOnlyList<Recommendation> Recommendations => Rows<Recommendation>();
    public IReadOnlyList<GlossaryTerm> GlossaryTerms => Rows<GlossaryTerm>();
    public IReadOnlyList<Headline> Headlines => Rows<Headline>();
    public IReadOnlyList<Claim> Claims => Rows<Claim>();
    public IReadOnlyList<Translation> Translations => Rows<Translation>();

    /// <summary>Rows of every file together.</summary>
    public int RowCount => _rows.Values.Sum(r => r.Count);
}
