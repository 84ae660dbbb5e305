using System.Text.RegularExpressions;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Dataset;

/// <summary>
/// translations.csv says what the English says: names that differ in English differ in every language,
/// company names stay as the sources spell them (data/README.md), and numbers and ranges keep their form.
/// </summary>
public sealed partial class TranslationConsistencyTests
{
    private static readonly DataSet s_data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

    /// <summary>The English names and titles of every row, keyed by (kind, id, field).</summary>
    private static Dictionary<(string Kind, string Id, string Field), string> EnglishNames() =>
        s_data.Countries.Select(c => (("country", c.Id, "name"), c.Name))
            .Concat(s_data.Dimensions.Select(d => (("dimension", d.Id, "name"), d.Name)))
            .Concat(s_data.Pillars.Select(p => (("pillar", p.Id, "name"), p.Name)))
            .Concat(s_data.Indicators.Select(i => (("indicator", i.Id, "name"), i.Name)))
            .Concat(s_data.Units.Select(u => (("unit", u.Id, "name"), u.Name)))
            .Concat(s_data.GlossaryTerms.Select(g => (("glossary", g.Id, "term"), g.Term)))
            .Concat(s_data.Challenges.Select(c => (("challenge", c.Id, "title"), c.Title)))
            .Concat(s_data.Recommendations.Select(r => (("recommendation", r.Id, "title"), r.Title)))
            .Concat(s_data.Headlines.Select(h => (("headline", h.Id, "label"), h.Label)))
            .Concat(s_data.Events.Select(e => (("event", e.Id, "title"), e.Title)))
            .Concat(s_data.Reporters.Select(r => (("reporter", r.Id, "name"), r.Name)))
            .ToDictionary(x => x.Item1, x => x.Item2);

    [Fact]
    public void Two_different_English_names_of_the_same_kind_never_share_one_translation()
    {
        var english = EnglishNames();

        // Compared without a bracketed English spelling at the end: where the language cannot mark a difference
        // the English makes, every name that reads the same carries its source's English spelling (data/README.md).
        var shared = s_data.Translations
            .Where(t => english.ContainsKey((t.Kind, t.EntityId, t.Field)))
            .GroupBy(t => (t.Kind, t.Field, t.Language, Base: EnglishSpelling().Replace(t.Text, "")))
            .Where(g => g.Select(t => english[(t.Kind, t.EntityId, t.Field)]).Distinct(StringComparer.Ordinal).Count() > 1)
            .Where(g => g.Any(t => t.Text == g.Key.Base) || g.Select(t => t.Text).Distinct(StringComparer.Ordinal).Count() < g.Count())
            .Select(g => $"{g.Key.Kind} {g.Key.Language} '{g.Key.Base}': {string.Join(", ", g.Select(t => t.EntityId))}")
            .ToList();

        Assert.Empty(shared);
    }

    [Fact]
    public void Company_names_inside_translated_descriptions_stay_as_the_sources_spell_them()
    {
        var companies = s_data.Organisations.Where(o => o.Kind == OrganisationKind.Company).Select(o => o.Name).ToList();
        var descriptions = s_data.Projects.Where(p => p.Description is not null).Select(p => ("project", p.Id, p.Description!))
            .Concat(s_data.Events.Select(e => ("event", e.Id, e.Description)));

        var checkedAny = false;
        var translated = new List<string>();
        foreach (var (kind, id, text) in descriptions)
        {
            foreach (var company in companies.Where(c => text.Contains(c, StringComparison.Ordinal)))
            {
                foreach (var translation in s_data.Translations.Where(t => t.Kind == kind && t.EntityId == id && t.Field == "description"))
                {
                    checkedAny = true;
                    if (!translation.Text.Contains(company, StringComparison.Ordinal))
                    {
                        translated.Add($"{kind} {id} {translation.Language}: '{company}'");
                    }
                }
            }
        }

        Assert.True(checkedAny);
        Assert.Empty(translated);
    }

    [Fact]
    public void A_translated_period_keeps_every_number_and_range_of_the_English_period()
    {
        var periods = s_data.Translations.Where(t => t.Kind == "observation" && t.Field == "period").ToList();

        Assert.NotEmpty(periods);
        Assert.All(periods, t =>
        {
            var english = Assert.Single(s_data.Observations, o => o.Id == t.EntityId).Period;
            foreach (Match number in NumberOrRange().Matches(english))
            {
                Assert.Contains(number.Value, t.Text, StringComparison.Ordinal);
            }
        });
    }

    [Fact]
    public void Chinese_reporter_names_write_people_in_characters_not_pinyin()
    {
        var names = s_data.Translations.Where(t => t.Kind == "reporter" && t.Field == "name" && t.Language == "zh"
            && t.EntityId is "china-ambassador-sun-weidong" or "china-central-asia-secretariat").ToList();

        Assert.Equal(2, names.Count);
        Assert.All(names, t => Assert.DoesNotContain("Sun", t.Text, StringComparison.Ordinal));
        Assert.All(names, t => Assert.Contains("孙炜东", t.Text, StringComparison.Ordinal));
    }

    [GeneratedRegex(@"[（(][A-Za-z][A-Za-z .'’-]*[）)]$")]
    private static partial Regex EnglishSpelling();

    [GeneratedRegex(@"\d+(?:[-–—]\d+)*")]
    private static partial Regex NumberOrRange();
}
