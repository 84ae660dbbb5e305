using CentralAsiaBri.Data;
using System.Text;
using CentralAsiaBri.Data.Import;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.Tests.Support;
using CsCheck;

namespace CentralAsiaBri.Tests.Import;

/// <summary>
/// Whatever bytes arrive under a data file's name, the importer answers with a report — never another
/// exception — and a rejected import leaves the store's content exactly as it was.
/// </summary>
public abstract class ImportPropertyTests(StoreProvider provider) : IAsyncLifetime, IDisposable
{
    private static readonly string[] s_files = [.. CsvDataSetReader.FileNames];
    private static readonly Dictionary<string, string> s_originals = s_files.ToDictionary(
        f => f, f => File.ReadAllText(Path.Combine(TempDataDirectory.ProjectDataDirectory, f), Encoding.UTF8));

    private readonly TestStore _store = new(provider);

    public Task InitializeAsync() => _store.Seeder.SeedAsync(TempDataDirectory.ProjectDataDirectory);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _store.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Bits of text that CSV parsers, number parsers and HTML are known to trip over.</summary>
    private static readonly Gen<string> s_noise = Gen.OneOf(
        Gen.Const("\""), Gen.Const(","), Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\"\""), Gen.Const(";;"),
        Gen.Const("<script>alert(1)</script>"), Gen.Const("=HYPERLINK(\"http://x\")"), Gen.Const("1e999"), Gen.Const("-0"),
        Gen.Const("NaN"), Gen.Const("9999-99-99"), Gen.Const("\uFEFF"), Gen.Const("\u0000"), Gen.String[0, 12]);

    /// <summary>A valid file with one random edit: text inserted, a stretch deleted or replaced, or the file cut short.</summary>
    private static readonly Gen<ImportFile> s_mutated =
        Gen.Select(Gen.Int[0, s_files.Length - 1], Gen.Int[0, int.MaxValue], Gen.Int[0, 60], s_noise, Gen.Int[0, 3], (index, at, length, noise, kind) =>
        {
            var name = s_files[index];
            var text = s_originals[name];
            var position = at % (text.Length + 1);
            var end = Math.Min(text.Length, position + length);
            var edited = kind switch
            {
                0 => text.Insert(position, noise),
                1 => text.Remove(position, end - position),
                2 => string.Concat(text.AsSpan(0, position), noise, text.AsSpan(end)),
                _ => text[..position],
            };
            return new ImportFile(name, Encoding.UTF8.GetBytes(edited));
        });

    private static readonly Gen<ImportFile> s_randomBytes =
        Gen.Select(Gen.Int[0, s_files.Length - 1], Gen.Byte.Array[0, 400], (index, bytes) => new ImportFile(s_files[index], bytes));

    [Fact]
    public async Task Random_and_malformed_csv_is_reported_and_a_rejected_import_changes_nothing()
    {
        var rejected = 0;
        await Gen.Frequency((4, s_mutated), (1, s_randomBytes)).SampleAsync(async file =>
        {
            var before = await _store.FingerprintAsync();

            var report = await _store.Importer.ImportAsync([file], "property-test", "test");

            if (!report.Applied)
            {
                rejected++;
                Assert.NotEmpty(report.Errors);
                Assert.All(report.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Reason)));
                Assert.Equal(before, await _store.FingerprintAsync());
            }
        }, iter: 150, threads: 1);

        // Most random edits break something; the check above must actually have run.
        Assert.True(rejected > 50, $"only {rejected} of 150 imports were rejected");
    }
}

public sealed class SqliteImportPropertyTests() : ImportPropertyTests(StoreProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresImportPropertyTests() : ImportPropertyTests(StoreProvider.Postgres);
