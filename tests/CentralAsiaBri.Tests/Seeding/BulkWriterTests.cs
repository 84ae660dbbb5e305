using System.Globalization;
using CentralAsiaBri.Data;
using CentralAsiaBri.Data.Model;
using CentralAsiaBri.Data.Seeding;
using CentralAsiaBri.ScaleData;
using CentralAsiaBri.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CentralAsiaBri.Tests.Seeding;

/// <summary>
/// The seeder writes the content without EF Core's change tracker (<see cref="BulkWriter"/>, ADR-027). These tests hold
/// it to what EF itself writes for the same rows: every content table, every column, compared row by row (the keys the
/// store numbers itself aside), on both providers.
/// </summary>
public abstract class BulkWriterTests(StoreProvider provider) : IDisposable
{
    private readonly string _scaled = Directory.CreateTempSubdirectory("cab-bulk-").FullName;

    public void Dispose()
    {
        Directory.Delete(_scaled, recursive: true);
        GC.SuppressFinalize(this);
    }

    [Fact]
    public async Task The_data_folder_is_written_exactly_as_the_change_tracker_writes_it()
    {
        await AssertSameAsEfAsync(TempDataDirectory.ProjectDataDirectory);
    }

    [Fact]
    public async Task A_scale_set_with_many_to_many_rows_from_both_sides_is_written_exactly_as_the_change_tracker_writes_it()
    {
        new ScaleDataGenerator(TempDataDirectory.ProjectDataDirectory, 2).WriteTo(_scaled);
        await AssertSameAsEfAsync(_scaled);
    }

    [Fact]
    public async Task A_row_the_store_refuses_rolls_back_as_a_store_update_error_and_nothing_is_written()
    {
        using var store = new TestStore(provider);
        // The same key twice: the store's primary key refuses the second row after the first was written.
        Unit[] units = [new() { Id = "bulk-test-unit", Name = "a unit", Symbol = "u" }, new() { Id = "bulk-test-unit", Name = "again", Symbol = "u" }];

        await using (var db = store.CreateContext())
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var writer = new BulkWriter(db);
            await Assert.ThrowsAsync<DbUpdateException>(() => writer.WriteAsync(typeof(Unit), units, CancellationToken.None));
            await transaction.RollbackAsync();
        }

        await using var check = store.CreateContext();
        Assert.False(await check.Units.AnyAsync(u => u.Id == "bulk-test-unit"));
    }

    [Fact]
    public async Task Outside_a_transaction_it_refuses_to_write()
    {
        using var store = new TestStore(provider);
        await using var db = store.CreateContext();

        Assert.Throws<InvalidOperationException>(() => new BulkWriter(db));
    }

    private async Task AssertSameAsEfAsync(string directory)
    {
        using var bulk = new TestStore(provider);
        using var tracked = new TestStore(provider);
        await bulk.Seeder.SeedAsync(directory);
        // The reference: the same files' rows added to a context as object graphs and saved by EF Core.
        var dataSet = CsvDataSetReader.Read(directory);
        await using (var db = tracked.CreateContext())
        {
            foreach (var entityType in DataFileRegistry.EntityTypes)
            {
                db.AddRange(dataSet.RowsOf(entityType));
            }
            await db.SaveChangesAsync();
        }

        var expected = await ContentAsync(tracked);
        var actual = await ContentAsync(bulk);

        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (table, rows) in expected)
        {
            Assert.True(rows.Count > 0 || table.EndsWith("Citations", StringComparison.Ordinal) || table.StartsWith("Challenge", StringComparison.Ordinal)
                || table.StartsWith("Recommendation", StringComparison.Ordinal), $"{table} is empty in the reference: the comparison proves nothing for it");
            Assert.True(rows.SequenceEqual(actual[table]), $"{table}: {rows.Count} rows expected, {actual[table].Count} written; first difference: "
                + rows.Except(actual[table]).FirstOrDefault() + " | " + actual[table].Except(rows).FirstOrDefault());
        }
    }

    /// <summary>
    /// Every content table's rows as sorted text, without the columns of keys the store numbers itself (their numbers
    /// depend on insert order) and without the seeder's own bookkeeping (revisions, files, seed state, import log).
    /// </summary>
    private static async Task<SortedDictionary<string, List<string>>> ContentAsync(TestStore store)
    {
        await using var db = store.CreateContext();
        var content = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in db.Model.GetRelationalModel().Tables)
        {
            if (table.Name is "Revisions" or "DataFiles" or "SeedStates" or "ImportRecords" or "ImportedFiles" or "Releases" or "ReleaseFiles"
                or "DataProtectionKeys" or "__EFMigrationsHistory")
            {
                continue;
            }
            var numbered = table.PrimaryKey?.Columns is [var key] && key.PropertyMappings.Any(m => m.Property.ValueGenerated != ValueGenerated.Never)
                && key.PropertyMappings.All(m => m.Property.ClrType == typeof(int)) ? key.Name : null;
            var columns = table.Columns.Select(c => c.Name).Where(c => c != numbered).Order(StringComparer.Ordinal).ToList();
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT {string.Join(", ", columns.Select(c => $"\"{c}\""))} FROM \"{table.Name}\"";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<string>();
            while (await reader.ReadAsync())
            {
                rows.Add(string.Join('\u001f', Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "∅" : reader.GetValue(i) switch
                {
                    byte[] bytes => Convert.ToHexString(bytes),
                    var value => Convert.ToString(value, CultureInfo.InvariantCulture),
                })));
            }
            rows.Sort(StringComparer.Ordinal);
            content[table.Name] = rows;
        }
        return content;
    }
}

public sealed class SqliteBulkWriterTests() : BulkWriterTests(StoreProvider.Sqlite);

[Trait("Category", "Postgres")]
public sealed class PostgresBulkWriterTests() : BulkWriterTests(StoreProvider.Postgres);
