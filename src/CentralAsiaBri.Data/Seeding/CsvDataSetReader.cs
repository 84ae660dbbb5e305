using CentralAsiaBri.Data.Model;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// Reads and validates every data file of a directory or an import (the columns are documented in data/README.md).
/// Files are read in dependency order so each reference can be checked against the rows it names.
/// Either the whole dataset comes back, or a <see cref="DataValidationException"/> listing every problem.
/// </summary>
public static class CsvDataSetReader
{
    /// <summary>The data files, in the order they are read.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        "sources.csv", "units.csv", "dimensions.csv", "pillars.csv", "countries.csv", "indicators.csv",
        "reporters.csv", "observations.csv", "trade_observations.csv", "organisations.csv", "projects.csv", "project_figures.csv",
        "project_organisations.csv", "challenges.csv", "recommendations.csv", "events.csv", "glossary.csv", "headlines.csv",
        "translations.csv",
    ];

    /// <summary>
    /// The columns that identify a row of a file: <c>id</c>, or for translations.csv its kind, id, field and
    /// language; null for join tables (a whole row is its own key).
    /// </summary>
    public static IReadOnlyList<string>? KeyColumns(string file, IReadOnlyList<string> header) =>
        file == "translations.csv" ? ["kind", "id", "field", "lang"]
        : header.Contains("id") ? ["id"]
        : null;

    public static DataSet Read(string directory) => Read(new DirectoryFileSource(directory));

    public static DataSet Read(IDataFileSource source)
    {
        var errors = new List<DataError>();
        var reader = new Reader(source, errors);
        var dataSet = reader.ReadAll();
        if (errors.Count > 0)
        {
            throw new DataValidationException(errors);
        }
        return dataSet;
    }

    private sealed class Reader(IDataFileSource source, List<DataError> errors)
    {
        private readonly Lookup<Source> _sources = new("source", "sources.csv");
        private readonly Lookup<Unit> _units = new("unit", "units.csv");
        private readonly Lookup<StabilityDimension> _dimensions = new("dimension", "dimensions.csv");
        private readonly Lookup<Pillar> _pillars = new("pillar", "pillars.csv");
        private readonly Lookup<Country> _countries = new("country", "countries.csv");
        private readonly Lookup<Indicator> _indicators = new("indicator", "indicators.csv");
        private readonly Lookup<Reporter> _reporters = new("reporter", "reporters.csv");
        private readonly Lookup<Observation> _observations = new("observation", "observations.csv or trade_observations.csv");
        private readonly Lookup<Organisation> _organisations = new("organisation", "organisations.csv");
        private readonly Lookup<Project> _projects = new("project", "projects.csv");
        private readonly Lookup<ProjectFigure> _figures = new("project figure", "project_figures.csv");
        private readonly Lookup<ProjectOrganisation> _projectOrganisations = new("project organisation", "project_organisations.csv");
        private readonly Lookup<Challenge> _challenges = new("challenge", "challenges.csv");
        private readonly Lookup<Recommendation> _recommendations = new("recommendation", "recommendations.csv");
        private readonly Lookup<TimelineEvent> _events = new("event", "events.csv");
        private readonly Lookup<GlossaryTerm> _glossary = new("glossary term", "glossary.csv");
        private readonly Lookup<Headline> _headlines = new("headline", "headlines.csv");
        private readonly Lookup<Translation> _translations = new("translation", "translations.csv");

        public DataSet ReadAll()
        {
            ReadSources();
            ReadUnits();
            ReadDimensions();
            ReadPillars();
            ReadCountries();
            ReadIndicators();
            ReadReporters();
            // Figures transcribed from the two documents, then the supplementary trade series: one schema.
            ReadObservations("observations.csv");
            ReadObservations("trade_observations.csv");
            ReadOrganisations();
            ReadProjects();
            ReadProjectFigures();
            ReadProjectOrganisations();
            ReadChallenges();
            ReadRecommendations();
            ReadEvents();
            ReadGlossary();
            ReadHeadlines();
            ReadTranslations();
            CheckLengths(_sources);
            CheckLengths(_units);
            CheckLengths(_dimensions);
            CheckLengths(_pillars);
            CheckLengths(_countries);
            CheckLengths(_indicators);
            CheckLengths(_reporters);
            CheckLengths(_observations);
            CheckLengths(_organisations);
            CheckLengths(_projects);
            CheckLengths(_figures);
            CheckLengths(_projectOrganisations);
            CheckLengths(_challenges);
            CheckLengths(_recommendations);
            CheckLengths(_events);
            CheckLengths(_glossary);
            CheckLengths(_headlines);
            CheckLengths(_translations);
            return new DataSet
            {
                Sources = [.. _sources.Rows],
                Units = [.. _units.Rows],
                Dimensions = [.. _dimensions.Rows],
                Pillars = [.. _pillars.Rows],
                Countries = [.. _countries.Rows],
                Indicators = [.. _indicators.Rows],
                Reporters = [.. _reporters.Rows],
                Observations = [.. _observations.Rows],
                Organisations = [.. _organisations.Rows],
                Projects = [.. _projects.Rows],
                ProjectFigures = [.. _figures.Rows],
                ProjectOrganisations = [.. _projectOrganisations.Rows],
                Events = [.. _events.Rows],
                Challenges = [.. _challenges.Rows],
                Recommendations = [.. _recommendations.Rows],
                GlossaryTerms = [.. _glossary.Rows],
                Headlines = [.. _headlines.Rows],
                Translations = [.. _translations.Rows],
            };
        }

        /// <summary>
        /// Texts longer than the store's column: SQLite would keep them, PostgreSQL refuses them, so both reject
        /// them here, by file, line and column, like any other bad value.
        /// </summary>
        private void CheckLengths<T>(Lookup<T> lookup)
            where T : class
        {
            var limits = StoreLimits.For(typeof(T));
            if (limits.Count == 0)
            {
                return;
            }
            foreach (var (row, file, line) in lookup.Entries)
            {
                foreach (var (property, column, max) in limits)
                {
                    if (property.GetValue(row) is string text && text.Length > max)
                    {
                        errors.Add(new DataError(file, line, column, $"{text.Length} characters; the store keeps at most {max}"));
                    }
                }
            }
        }

        /// <summary>Reads a file; marks its lookup incomplete when it could not be read row by row.</summary>
        private List<CsvRow> Rows<T>(Lookup<T> lookup, params string[] columns)
            where T : class => RowsOfFile(lookup, lookup.File, columns);

        private List<CsvRow> RowsOfFile<T>(Lookup<T> lookup, string file, params string[] columns)
            where T : class
        {
            var rows = CsvTableReader.Read(source, file, columns, errors);
            if (rows is null)
            {
                lookup.IsComplete = false;
            }
            return rows ?? [];
        }

        private void ReadSources()
        {
            var rows = Rows(_sources, "id", "kind", "authors", "title", "publisher", "published", "doi", "url", "cited_in", "reference_number", "note");
            foreach (var row in rows)
            {
                var source = new Source
                {
                    Id = row.Slug("id"),
                    Kind = row.Enum<SourceKind>("kind"),
                    Authors = [.. row.List("authors")],
                    Title = row.Required("title"),
                    Publisher = row.Optional("publisher"),
                    Published = row.OptionalPartialDate("published"),
                    Doi = row.Optional("doi"),
                    Url = row.Optional("url"),
                    CitedInId = row.Optional("cited_in"),
                    ReferenceNumber = row.Optional("reference_number") is null ? null : row.Integer("reference_number"),
                    Note = row.Optional("note"),
                };
                if (source.Url is { } url && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
                {
                    row.Error("url", $"'{url}' is not an http(s) URL");
                }
                if (source.Kind == SourceKind.Reference && (source.CitedInId is null || source.ReferenceNumber is null))
                {
                    row.Error("cited_in", "a reference needs cited_in and reference_number");
                }
                _sources.Add(source.Id, source, row);
            }
            // cited_in points into the same file, so it is checked once the whole file is known.
            foreach (var row in rows)
            {
                if (row.Optional("cited_in") is not null)
                {
                    row.OptionalReference("cited_in", _sources);
                }
            }
        }

        private void ReadUnits()
        {
            foreach (var row in Rows(_units, "id", "name", "symbol", "quantity", "currency", "scale"))
            {
                var unit = new Unit
                {
                    Id = row.Slug("id"),
                    Name = row.Required("name"),
                    Symbol = row.Required("symbol"),
                    Quantity = row.Enum<Quantity>("quantity"),
                    Currency = row.Optional("currency"),
                    Scale = row.Number("scale"),
                };
                if (unit.Quantity == Quantity.Money && (unit.Currency is null || unit.Currency.Length != 3 || !unit.Currency.All(char.IsAsciiLetterUpper)))
                {
                    row.Error("currency", "a money unit needs an ISO 4217 currency code such as CNY or USD");
                }
                else if (unit.Quantity != Quantity.Money && unit.Currency is not null)
                {
                    row.Error("currency", "only money units have a currency");
                }
                if (unit.Scale <= 0 && double.TryParse(row.Optional("scale"), System.Globalization.CultureInfo.InvariantCulture, out _))
                {
                    row.Error("scale", "the scale must be a positive number");
                }
                _units.Add(unit.Id, unit, row);
            }
        }

        private void ReadDimensions()
        {
            foreach (var row in Rows(_dimensions, "id", "name", "sort_order", "summary", "sources"))
            {
                var dimension = new StabilityDimension
                {
                    Id = row.Slug("id"),
                    Name = row.Required("name"),
                    SortOrder = row.Integer("sort_order"),
                    Summary = row.Required("summary"),
                    Citations = row.Citations("sources", _sources),
                };
                _dimensions.Add(dimension.Id, dimension, row);
            }
        }

        private void ReadPillars()
        {
            foreach (var row in Rows(_pillars, "id", "name", "dimension_id", "sort_order", "summary", "sources"))
            {
                var dimension = row.Reference("dimension_id", _dimensions);
                var pillar = new Pillar
                {
                    Id = row.Slug("id"),
                    Name = row.Required("name"),
                    DimensionId = dimension?.Id ?? "",
                    Dimension = dimension,
                    SortOrder = row.Integer("sort_order"),
                    Summary = row.Required("summary"),
                    Citations = row.Citations("sources", _sources),
                };
                _pillars.Add(pillar.Id, pillar, row);
            }
        }

        private void ReadCountries()
        {
            var rows = Rows(_countries, "id", "name", "kind", "parent_id", "focus", "sources");
            foreach (var row in rows)
            {
                var country = new Country
                {
                    Id = row.Required("id"),
                    Name = row.Required("name"),
                    Kind = row.Enum<CountryKind>("kind"),
                    IsFocus = row.Boolean("focus"),
                    Citations = row.Citations("sources", _sources),
                };
                if (country.Id.Length > 0 && !IsCountryCode(country.Id))
                {
                    row.Error("id", $"'{country.Id}' is not an ISO 3166 code (KZ, CN-JS) or a region code such as CA5");
                }
                _countries.Add(country.Id, country, row);
            }
            foreach (var row in rows)
            {
                if (!_countries.TryGet(row.Required("id"), out var country))
                {
                    continue;
                }
                country.Parent = row.OptionalReference("parent_id", _countries);
                if (country.Kind == CountryKind.Subnational && row.Optional("parent_id") is null)
                {
                    row.Error("parent_id", "a sub-national area needs its country");
                }
            }
        }

        private void ReadIndicators()
        {
            foreach (var row in Rows(_indicators, "id", "name", "description", "pillar_id", "quantity", "sources"))
            {
                var pillar = row.Reference("pillar_id", _pillars);
                var indicator = new Indicator
                {
                    Id = row.Slug("id"),
                    Name = row.Required("name"),
                    Description = row.Required("description"),
                    PillarId = pillar?.Id ?? "",
                    Pillar = pillar,
                    Quantity = row.Enum<Quantity>("quantity"),
                    Citations = row.Citations("sources", _sources),
                };
                _indicators.Add(indicator.Id, indicator, row);
            }
        }

        private void ReadReporters()
        {
            foreach (var row in Rows(_reporters, "id", "name", "kind", "country_id", "note", "sources"))
            {
                var country = row.OptionalReference("country_id", _countries);
                var reporter = new Reporter
                {
                    Id = row.Slug("id"),
                    Name = row.Required("name"),
                    Kind = row.Enum<ReporterKind>("kind"),
                    CountryId = country?.Id,
                    Country = country,
                    Note = row.Optional("note"),
                    Citations = row.Citations("sources", _sources),
                };
                _reporters.Add(reporter.Id, reporter, row);
            }
        }

        private void ReadObservations(string file)
        {
            foreach (var row in RowsOfFile(_observations, file, "id", "indicator_id", "area_id", "partner_id", "flow", "product_group", "period",
                "period_start", "period_end", "qualifier", "value", "unit_id", "reporter_id", "sources", "note"))
            {
                var reporter = row.OptionalReference("reporter_id", _reporters);
                var indicator = row.Reference("indicator_id", _indicators);
                var area = row.Reference("area_id", _countries);
                var partner = row.OptionalReference("partner_id", _countries);
                var unit = row.Reference("unit_id", _units);
                var observation = new Observation
                {
                    Id = row.Slug("id"),
                    IndicatorId = indicator?.Id ?? "",
                    Indicator = indicator,
                    AreaId = area?.Id ?? "",
                    Area = area,
                    PartnerId = partner?.Id,
                    Partner = partner,
                    Flow = row.OptionalEnum<TradeFlow>("flow"),
                    ProductGroup = row.Optional("product_group"),
                    Period = row.Required("period"),
                    PeriodStart = row.OptionalDate("period_start"),
                    PeriodEnd = row.Date("period_end"),
                    Qualifier = row.Qualifier("qualifier"),
                    Value = row.Number("value"),
                    UnitId = unit?.Id ?? "",
                    Unit = unit,
                    ReporterId = reporter?.Id,
                    Reporter = reporter,
                    Note = row.Optional("note"),
                    Citations = row.Citations("sources", _sources),
                };
                if (indicator is not null && unit is not null && unit.Quantity != indicator.Quantity)
                {
                    row.Error("unit_id", $"unit '{unit.Id}' measures {Kebab(unit.Quantity)} but indicator '{indicator.Id}' measures {Kebab(indicator.Quantity)}");
                }
                if (observation.PeriodEnd != default && observation.PeriodStart > observation.PeriodEnd)
                {
                    row.Error("period_start", "the period starts after it ends");
                }
                if (observation.Flow is not null && row.Optional("partner_id") is null)
                {
                    row.Error("partner_id", "a trade flow needs a partner");
                }
                if (area is not null && partner == area)
                {
                    row.Error("partner_id", "the partner is the area itself");
                }
                // A supplementary series is only usable with its reporter: the explorer never mixes reporters.
                if (file == "trade_observations.csv" && row.Optional("reporter_id") is null)
                {
                    row.Error("reporter_id", "a supplementary trade figure needs its reporter (whose statistic it is)");
                }
                _observations.Add(observation.Id, observation, row);
            }
        }

        private void ReadOrganisations()
        {
            foreach (var row in Rows(_organisations, "id", "name", "kind", "country_id", "sources"))
            {
                var country = row.OptionalReference("country_id", _countries);
                var organisation = new Organisation
                {
                    Id = row.Slug("id"),
                    Name = row.Required("name"),
                    Kind = row.Enum<OrganisationKind>("kind"),
                    CountryId = country?.Id,
                    Country = country,
                    Citations = row.Citations("sources", _sources),
                };
                _organisations.Add(organisation.Id, organisation, row);
            }
        }

        private void ReadProjects()
        {
            foreach (var row in Rows(_projects, "id", "name", "kind", "countries", "pillar_id", "dimension_id", "sector", "status",
                "start_year", "end_year", "location", "description", "sources"))
            {
                var (pillar, dimension) = PillarAndDimension(row);
                var project = new Project
                {
                    Id = row.Slug("id"),
                    Name = row.Required("name"),
                    Kind = row.Enum<ProjectKind>("kind"),
                    Countries = row.References("countries", _countries, required: true),
                    PillarId = pillar?.Id,
                    Pillar = pillar,
                    DimensionId = dimension?.Id ?? "",
                    Dimension = dimension,
                    Sector = row.Enum<Sector>("sector"),
                    Status = row.Enum<ProjectStatus>("status"),
                    StartYear = row.OptionalYear("start_year"),
                    EndYear = row.OptionalYear("end_year"),
                    Location = row.Optional("location"),
                    Description = row.Required("description"),
                    Citations = row.Citations("sources", _sources),
                };
                if (project.StartYear > project.EndYear)
                {
                    row.Error("end_year", "the project ends before it starts");
                }
                _projects.Add(project.Id, project, row);
            }
        }

        private void ReadProjectFigures()
        {
            foreach (var row in Rows(_figures, "id", "project_id", "measure", "qualifier", "value", "unit_id", "sources"))
            {
                var project = row.Reference("project_id", _projects);
                var unit = row.Reference("unit_id", _units);
                var figure = new ProjectFigure
                {
                    Id = row.Slug("id"),
                    ProjectId = project?.Id ?? "",
                    Project = project,
                    Measure = row.Enum<FigureMeasure>("measure"),
                    Qualifier = row.Qualifier("qualifier"),
                    Value = row.Number("value"),
                    UnitId = unit?.Id ?? "",
                    Unit = unit,
                    Citations = row.Citations("sources", _sources),
                };
                if (unit is not null && ExpectedQuantity(figure.Measure) is { } expected && unit.Quantity != expected)
                {
                    row.Error("unit_id", $"a {Kebab(figure.Measure)} figure needs a {Kebab(expected)} unit, not '{unit.Id}'");
                }
                _figures.Add(figure.Id, figure, row);
                project?.Figures.Add(figure);
            }
        }

        private void ReadProjectOrganisations()
        {
            foreach (var row in Rows(_projectOrganisations, "project_id", "organisation_id", "role", "sources"))
            {
                var project = row.Reference("project_id", _projects);
                var organisation = row.Reference("organisation_id", _organisations);
                var link = new ProjectOrganisation
                {
                    ProjectId = project?.Id ?? "",
                    Project = project,
                    OrganisationId = organisation?.Id ?? "",
                    Organisation = organisation,
                    Role = row.Enum<OrganisationRole>("role"),
                    Citations = row.Citations("sources", _sources),
                };
                if (project is not null && organisation is not null)
                {
                    _projectOrganisations.Add($"{link.ProjectId} {link.OrganisationId} {link.Role}", link, row, "organisation_id");
                    project.Organisations.Add(link);
                }
            }
        }

        private void ReadChallenges()
        {
            foreach (var row in Rows(_challenges, "id", "title", "summary", "dimensions", "pillars", "sources"))
            {
                var challenge = new Challenge
                {
                    Id = row.Slug("id"),
                    Title = row.Required("title"),
                    Summary = row.Required("summary"),
                    Dimensions = row.References("dimensions", _dimensions, required: true),
                    Pillars = row.References("pillars", _pillars),
                    Citations = row.Citations("sources", _sources),
                };
                _challenges.Add(challenge.Id, challenge, row);
            }
        }

        private void ReadRecommendations()
        {
            foreach (var row in Rows(_recommendations, "id", "title", "summary", "dimensions", "pillars", "challenges", "sources"))
            {
                var recommendation = new Recommendation
                {
                    Id = row.Slug("id"),
                    Title = row.Required("title"),
                    Summary = row.Required("summary"),
                    Dimensions = row.References("dimensions", _dimensions, required: true),
                    Pillars = row.References("pillars", _pillars),
                    Challenges = row.References("challenges", _challenges),
                    Citations = row.Citations("sources", _sources),
                };
                _recommendations.Add(recommendation.Id, recommendation, row);
            }
        }

        private void ReadEvents()
        {
            foreach (var row in Rows(_events, "id", "date_qualifier", "date", "end_date", "title", "kind", "countries", "pillar_id",
                "dimension_id", "project_ids", "description", "sources"))
            {
                var (pillar, dimension) = PillarAndDimension(row);
                var @event = new TimelineEvent
                {
                    Id = row.Slug("id"),
                    DateQualifier = row.Qualifier("date_qualifier"),
                    Date = row.PartialDate("date"),
                    EndDate = row.OptionalPartialDate("end_date"),
                    Title = row.Required("title"),
                    Kind = row.Enum<EventKind>("kind"),
                    Countries = row.References("countries", _countries, required: true),
                    PillarId = pillar?.Id,
                    Pillar = pillar,
                    DimensionId = dimension?.Id ?? "",
                    Dimension = dimension,
                    Projects = row.References("project_ids", _projects),
                    Description = row.Required("description"),
                    Citations = row.Citations("sources", _sources),
                };
                if (@event.EndDate is not null && string.CompareOrdinal(@event.EndDate, @event.Date) < 0)
                {
                    row.Error("end_date", "the event ends before it starts");
                }
                _events.Add(@event.Id, @event, row);
            }
        }

        /// <summary>
        /// translations.csv: a field of a row of another file in Chinese or Russian. The row must exist, the field
        /// must be one the site translates, a (row, field, language) appears once, and an official term cites its source.
        /// </summary>
        private void ReadTranslations()
        {
            var exists = new Dictionary<string, Func<string, bool>>(StringComparer.Ordinal)
            {
                ["country"] = id => Known(_countries, id),
                ["dimension"] = id => Known(_dimensions, id),
                ["pillar"] = id => Known(_pillars, id),
                ["indicator"] = id => Known(_indicators, id),
                ["unit"] = id => Known(_units, id),
                ["glossary"] = id => Known(_glossary, id),
                ["challenge"] = id => Known(_challenges, id),
                ["recommendation"] = id => Known(_recommendations, id),
                ["headline"] = id => Known(_headlines, id),
                ["event"] = id => Known(_events, id),
                ["project"] = id => Known(_projects, id),
                ["observation"] = id => Known(_observations, id),
                ["reporter"] = id => Known(_reporters, id),
            };
            foreach (var row in Rows(_translations, "kind", "id", "field", "lang", "text", "basis", "sources"))
            {
                var kind = row.Required("kind");
                var id = row.Required("id");
                var field = row.Required("field");
                var language = row.Required("lang");
                var translation = new Translation
                {
                    Kind = kind,
                    EntityId = id,
                    Field = field,
                    Language = language,
                    Text = row.Required("text"),
                    Basis = row.Enum<TranslationBasis>("basis"),
                    // A translation's sources are those of the English row; only an official term names its own.
                    Citations = row.Optional("sources") is null ? [] : row.Citations("sources", _sources),
                };
                if (!TranslationKinds.Fields.TryGetValue(kind, out var fields))
                {
                    row.Error("kind", $"'{kind}' is not a kind of row that is translated ({string.Join(", ", TranslationKinds.Fields.Keys)})");
                    continue;
                }
                if (id.Length > 0 && !exists[kind](id))
                {
                    row.Error("id", $"no {kind} with id '{id}'");
                }
                if (field.Length > 0 && !fields.Contains(field))
                {
                    row.Error("field", $"a {kind} has no translated field '{field}' ({string.Join(", ", fields)})");
                }
                if (language.Length > 0 && !TranslationKinds.Languages.Contains(language))
                {
                    row.Error("lang", $"'{language}' is not one of {string.Join(", ", TranslationKinds.Languages)} (English is the data files' own language)");
                }
                if (translation.Basis == TranslationBasis.Official && translation.Citations.Count == 0)
                {
                    row.Error("sources", "an official term needs the source that uses it");
                }
                _translations.Add($"{kind}/{id}/{field}/{language}", translation, row, "lang");
            }
        }

        /// <summary>Whether a row with this id exists; unknown when its file could not be read (that file's error says why).</summary>
        private static bool Known<T>(Lookup<T> lookup, string id)
            where T : class => !lookup.IsComplete || lookup.TryGet(id, out _);

        private void ReadGlossary()
        {
            var aliases = new Dictionary<string, (string TermId, int Line)>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in Rows(_glossary, "id", "term", "aliases", "definition", "sources"))
            {
                var term = new GlossaryTerm
                {
                    Id = row.Slug("id"),
                    Term = row.Required("term"),
                    Aliases = [.. row.List("aliases")],
                    Definition = row.Required("definition"),
                    Citations = row.Citations("sources", _sources),
                };
                if (term.Aliases.Count == 0)
                {
                    row.Error("aliases", "at least one alias is needed to find the term in text");
                }
                // An alias must lead to one entry, or a link in a page could point to either.
                foreach (var alias in term.Aliases)
                {
                    if (aliases.TryGetValue(alias, out var first) && first.TermId != term.Id)
                    {
                        row.Error("aliases", $"alias '{alias}' is already used by '{first.TermId}' (line {first.Line})");
                    }
                    else
                    {
                        aliases[alias] = (term.Id, row.Line);
                    }
                }
                _glossary.Add(term.Id, term, row);
            }
        }

        private void ReadHeadlines()
        {
            foreach (var row in Rows(_headlines, "id", "sort_order", "label", "observation_id", "project_figure_id", "sources"))
            {
                var observation = row.OptionalReference("observation_id", _observations);
                var figure = row.OptionalReference("project_figure_id", _figures);
                if ((row.Optional("observation_id") is null) == (row.Optional("project_figure_id") is null))
                {
                    row.Error("observation_id", "a headline shows exactly one figure: give observation_id or project_figure_id");
                }
                var headline = new Headline
                {
                    Id = row.Slug("id"),
                    SortOrder = row.Integer("sort_order"),
                    Label = row.Required("label"),
                    ObservationId = observation?.Id,
                    Observation = observation,
                    ProjectFigureId = figure?.Id,
                    ProjectFigure = figure,
                    Citations = row.Citations("sources", _sources),
                };
                _headlines.Add(headline.Id, headline, row);
            }
        }

        /// <summary>A row's pillar (optional) and dimension (required), which must agree with the pillar's own.</summary>
        private (Pillar? Pillar, StabilityDimension? Dimension) PillarAndDimension(CsvRow row)
        {
            var pillar = row.OptionalReference("pillar_id", _pillars);
            var dimension = row.Reference("dimension_id", _dimensions);
            if (pillar is not null && dimension is not null && pillar.DimensionId != dimension.Id)
            {
                row.Error("dimension_id", $"is '{dimension.Id}' but pillar '{pillar.Id}' belongs to '{pillar.DimensionId}'");
            }
            return (pillar, dimension);
        }

        private static Quantity? ExpectedQuantity(FigureMeasure measure) => measure switch
        {
            FigureMeasure.Length => Quantity.Length,
            FigureMeasure.TransitTime => Quantity.Duration,
            FigureMeasure.Capacity => Quantity.Power,
            FigureMeasure.Turnover or FigureMeasure.Investment => Quantity.Money,
            FigureMeasure.Count => Quantity.Count,
            _ => null,
        };

        private static bool IsCountryCode(string id) =>
            (id.Length == 2 && id.All(char.IsAsciiLetterUpper))
            || (id.Length is >= 4 and <= 6 && id[2] == '-' && id[..2].All(char.IsAsciiLetterUpper) && id[3..].All(char.IsAsciiLetterOrDigit))
            || (id.Length == 3 && char.IsAsciiLetterUpper(id[0]) && char.IsAsciiLetterUpper(id[1]) && char.IsAsciiDigit(id[2]));

        private static string Kebab<T>(T value)
            where T : struct, Enum => CsvRow.ToKebabCase(value.ToString());
    }
}
