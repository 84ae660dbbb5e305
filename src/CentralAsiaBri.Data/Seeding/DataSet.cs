using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>A whole, validated dataset: every row of every file, with references resolved to objects.</summary>
public sealed class DataSet
{
    public required IReadOnlyList<Source> Sources { get; init; }
    public required IReadOnlyList<Unit> Units { get; init; }
    public required IReadOnlyList<StabilityDimension> Dimensions { get; init; }
    public required IReadOnlyList<Pillar> Pillars { get; init; }
    public required IReadOnlyList<Country> Countries { get; init; }
    public required IReadOnlyList<Indicator> Indicators { get; init; }
    public required IReadOnlyList<Reporter> Reporters { get; init; }
    public required IReadOnlyList<Observation> Observations { get; init; }
    public required IReadOnlyList<Organisation> Organisations { get; init; }
    public required IReadOnlyList<Project> Projects { get; init; }
    public required IReadOnlyList<ProjectFigure> ProjectFigures { get; init; }
    public required IReadOnlyList<ProjectOrganisation> ProjectOrganisations { get; init; }
    public required IReadOnlyList<TimelineEvent> Events { get; init; }
    public required IReadOnlyList<Challenge> Challenges { get; init; }
    public required IReadOnlyList<Recommendation> Recommendations { get; init; }
    public required IReadOnlyList<GlossaryTerm> GlossaryTerms { get; init; }
    public required IReadOnlyList<Headline> Headlines { get; init; }
    public required IReadOnlyList<Translation> Translations { get; init; }

    public int RowCount =>
        Sources.Count + Units.Count + Dimensions.Count + Pillars.Count + Countries.Count + Indicators.Count
        + Reporters.Count + Observations.Count + Organisations.Count + Projects.Count + ProjectFigures.Count
        + ProjectOrganisations.Count + Events.Count + Challenges.Count + Recommendations.Count + GlossaryTerms.Count + Headlines.Count + Translations.Count;
}
