using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>translations.csv: names and texts in Chinese and Russian, kept as data and checked like every other file.</summary>
public sealed class TranslationsFileTests : IDisposable
{
    private readonly TempDataDirectory _data = new();

    public void Dispose() => _data.Dispose();

    private DataError SingleError()
    {
        var ex = Assert.Throws<DataValidationException>(() => CsvDataSetReader.Read(_data.Path));
        return Assert.Single(ex.Errors);
    }

    [Fact]
    public void The_five_pillars_carry_their_official_Chinese_names_with_a_source()
    {
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);

        var chinese = data.Translations.Where(t => t.Kind == "pillar" && t.Field == "name" && t.Language == "zh")
            .ToDictionary(t => t.EntityId, t => t);
        Assert.Equal("政策沟通", chinese["policy-coordination"].Text);
        Assert.Equal("设施联通", chinese["infrastructure-connectivity"].Text);
        Assert.Equal("贸易畅通", chinese["unimpeded-trade"].Text);
        Assert.Equal("资金融通", chinese["financial-integration"].Text);
        Assert.Equal("民心相通", chinese["people-to-people-bonds"].Text);
        Assert.All(chinese.Values, t => Assert.Equal(TranslationBasis.Official, t.Basis));
        Assert.All(chinese.Values, t => Assert.Contains(t.Citations, c => c.SourceId == "vision-and-actions-2015"));
    }

    [Fact]
    public void Every_name_of_a_country_pillar_dimension_indicator_and_unit_exists_in_both_languages()
    {
        var data = CsvDataSetReader.Read(TempDataDirectory.ProjectDataDirectory);
        var translated = data.Translations.Select(t => (t.Kind, t.EntityId, t.Field, t.Language)).ToHashSet();
        var names = data.Countries.Select(c => ("country", c.Id))
            .Concat(data.Pillars.Select(p => ("pillar", p.Id)))
            .Concat(data.Dimensions.Select(d => ("dimension", d.Id)))
            .Concat(data.Indicators.Select(i => ("indicator", i.Id)))
            .Concat(data.Units.Select(u => ("unit", u.Id)));

        var missing = names.SelectMany(n => TranslationKinds.Languages.Select(l => (n.Item1, n.Item2, "name", l))).Where(k => !translated.Contains(k)).ToList();

        Assert.Empty(missing);
    }

    [Theory]
    [InlineData("planet,KZ,name,zh,哈萨克斯坦,translation,", "kind", "'planet' is not a kind of row that is translated")]
    [InlineData("country,XX,name,zh,某国,translation,", "id", "no country with id 'XX'")]
    [InlineData("country,KZ,summary,zh,概要,translation,", "field", "a country has no translated field 'summary' (name)")]
    [InlineData("country,KZ,name,fr,Kazakhstan,translation,", "lang", "'fr' is not one of zh, ru (English is the data files' own language)")]
    [InlineData("country,KZ,name,de,Kasachstan,translation,", "lang", "'de' is not one of zh, ru (English is the data files' own language)")]
    public void A_bad_translation_row_is_reported_with_file_line_column_and_reason(string row, string column, string reason)
    {
        var line = _data.AppendLine("translations.csv", row);

        var error = SingleError();

        Assert.Equal(("translations.csv", line, column), (error.File, error.Line, error.Column));
        Assert.StartsWith(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_official_term_needs_its_source()
    {
        var line = _data.SetField("translations.csv", "text", "政策沟通", "sources", "");

        Assert.Equal(new DataError("translations.csv", line, "sources", "an official term needs the source that uses it"), SingleError());
    }

    [Fact]
    public void A_second_translation_of_the_same_text_is_a_duplicate()
    {
        var (_, first) = _data.FindRow("translations.csv", r => r["kind"] == "country" && r["lang"] == "ru");
        var line = _data.AppendLine("translations.csv", $"country,{first["id"]},name,ru,Другое имя,translation,");

        var error = SingleError();

        Assert.Equal(("translations.csv", line, "lang"), (error.File, error.Line, error.Column));
        Assert.Contains("duplicate", error.Reason, StringComparison.Ordinal);
    }
}
