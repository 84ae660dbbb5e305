using System.Data;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// Writes new rows straight to their tables, inside the context's open transaction, without EF Core's change
/// tracker (issue 17, ADR-027): a full load of 100× the data spent 59 % of its time attaching the rows' object
/// graphs and 12 % detecting changes, 8 % writing. The columns, their conversions and parameter types all come
/// from the context's model (the same type mappings EF uses for its own parameters), so a model change needs no
/// change here; what it cannot write faithfully (a store-generated value it does not know, an unmapped shadow
/// property) it refuses with an exception rather than guessing. A test holds it to the rows EF itself writes.
/// <list type="bullet">
/// <item>Owned one-to-one types (a project's finance) go into their owner's row; owned collections (citations) into
/// their own table after the owners, with the owner's key.</item>
/// <item>Many-to-many join rows come from both sides' navigations, each pair once, after every entity is written.</item>
/// <item>A reference given as a navigation (an observation's <c>Indicator</c>) wins over its foreign-key property, as
/// EF's fix-up would have it.</item>
/// <item>A store-generated integer key is left to the store, unless the row owns rows that need it: then it is
/// numbered 1, 2, … (the tables are empty) and PostgreSQL's identity sequence is moved past it.</item>
/// </list>
/// SQLite gets one prepared single-row INSERT per table, reused (its fastest form); PostgreSQL multi-row INSERTs.
/// </summary>
public sealed class BulkWriter
{
    private readonly CentralAsiaBriDbContext _db;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly bool _postgres;
    private readonly Dictionary<IEntityType, List<(object Left, object Right)>> _joinRows = [];

    /// <param name="db">A context with an open transaction; the rows are written in it.</param>
    public BulkWriter(CentralAsiaBriDbContext db)
    {
        _db = db;
        _transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("BulkWriter writes inside the caller's transaction; begin one first.");
        _connection = db.Database.GetDbConnection();
        _postgres = db.Database.IsNpgsql();
    }

    /// <summary>
    /// Writes <paramref name="rows"/> (entities of <paramref name="clrType"/>) with their owned rows. Many-to-many pairs are
    /// kept for <see cref="WriteJoinRowsAsync"/>, since the other side may not be written yet.
    /// </summary>
    public async Task WriteAsync(Type clrType, IReadOnlyCollection<object> rows, CancellationToken cancellationToken)
    {
        var entityType = _db.Model.FindEntityType(clrType) ?? throw new ArgumentException($"{clrType.Name} is not an entity of the store.", nameof(clrType));
        var ownedCollections = entityType.GetNavigations().Where(n => n.ForeignKey.IsOwnership && n.IsCollection).ToList();
        var generatedKey = GeneratedKey(entityType);
        var numberKeys = generatedKey is not null && ownedCollections.Count > 0;
        if (numberKeys)
        {
            var next = 1;
            foreach (var row in rows)
            {
                generatedKey!.PropertyInfo!.SetValue(row, next++);
            }
        }

        var columns = Columns(entityType, skipGenerated: !numberKeys);
        await InsertAsync(entityType, columns, rows, cancellationToken);
        if (numberKeys && _postgres && rows.Count > 0)
        {
            var table = Table(entityType);
            var column = generatedKey!.GetColumnName(table)!;
            var sql = $"SELECT setval(pg_get_serial_sequence('{Quote(table.Name)}', '{column}'), {rows.Count})";
            await ExecuteAsync(sql, cancellationToken);
        }

        foreach (var navigation in ownedCollections)
        {
            var owned = navigation.TargetEntityType;
            var ownedRows = new List<object>();
            foreach (var row in rows)
            {
                if (navigation.GetGetter().GetClrValue(row) is System.Collections.IEnumerable items)
                {
                    ownedRows.AddRange(items.Cast<object>().Select(item => (object)new OwnedRow(row, item)));
                }
            }
            if (GeneratedKey(owned) is null || owned.GetNavigations().Any(n => n.ForeignKey.IsOwnership && n.TargetEntityType != entityType))
            {
                throw new NotSupportedException($"{owned.DisplayName()}: only owned collections keyed by the store, owning nothing, are written in bulk.");
            }
            await InsertAsync(owned, Columns(owned, skipGenerated: true), ownedRows, cancellationToken);
        }

        // A one-way many-to-many has no navigation on its other side: its pairs come from the side that has one.
        foreach (var skip in entityType.GetSkipNavigations().Where(s => !s.IsShadowProperty()))
        {
            var pairs = _joinRows.TryGetValue(skip.JoinEntityType, out var list) ? list : _joinRows[skip.JoinEntityType] = [];
            // Pairs are kept in the orientation of the join type's first foreign key, so both sides' navigations agree.
            var leftIsDeclaring = skip.ForeignKey == skip.JoinEntityType.GetForeignKeys().First();
            foreach (var row in rows)
            {
                if (skip.GetGetter().GetClrValue(row) is System.Collections.IEnumerable targets)
                {
                    foreach (var target in targets)
                    {
                        pairs.Add(leftIsDeclaring ? (row, target) : (target, row));
                    }
                }
            }
        }
    }

    /// <summary>Writes the many-to-many rows gathered by <see cref="WriteAsync"/>, each pair once.</summary>
    public async Task WriteJoinRowsAsync(CancellationToken cancellationToken)
    {
        foreach (var (joinType, pairs) in _joinRows)
        {
            var foreignKeys = joinType.GetForeignKeys().ToList();
            var distinct = pairs.Distinct(ReferencePairComparer.Instance).Select(p => (object)new JoinRow(p.Left, p.Right)).ToList();
            var columns = joinType.GetProperties().Select(p =>
            {
                var side = foreignKeys.FindIndex(fk => fk.Properties.Contains(p));
                var fk = foreignKeys[side];
                var principalKey = fk.PrincipalKey.Properties[Position(fk.Properties, p)];
                return new Column(p, row => principalKey.GetGetter().GetClrValue(side == 0 ? ((JoinRow)row).Left : ((JoinRow)row).Right));
            }).ToList();
            await InsertAsync(joinType, columns, distinct, cancellationToken);
        }
        _joinRows.Clear();
    }

    private static IProperty? GeneratedKey(IEntityType entityType) =>
        entityType.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated != ValueGenerated.Never && key.ClrType == typeof(int) ? key : null;

    private static StoreObjectIdentifier Table(IEntityType entityType) =>
        StoreObjectIdentifier.Table(entityType.GetTableName()!, entityType.GetSchema());

    /// <summary>The columns of an entity's own table, each with how to read its value from a row.</summary>
    private static List<Column> Columns(IEntityType entityType, bool skipGenerated)
    {
        var columns = new List<Column>();
        var isOwned = entityType.IsOwned() && entityType.FindOwnership() is { } o && o.PrincipalToDependent!.IsCollection;
        foreach (var property in entityType.GetProperties())
        {
            if (property.ValueGenerated != ValueGenerated.Never)
            {
                if (skipGenerated && property.IsPrimaryKey())
                {
                    continue;
                }
                if (!property.IsPrimaryKey())
                {
                    throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is generated by the store; the bulk writer cannot write it.");
                }
            }
            columns.Add(new Column(property, ValueOf(entityType, property, isOwned)));
        }
        // Owned one-to-one types share the owner's row (table splitting): their columns, read through the navigation.
        foreach (var navigation in entityType.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsCollection && n.IsOnDependent == false))
        {
            var owned = navigation.TargetEntityType;
            if (owned.GetTableName() != entityType.GetTableName() || owned.GetNavigations().Any(n => n.ForeignKey.IsOwnership && n.TargetEntityType != entityType))
            {
                throw new NotSupportedException($"{owned.DisplayName()}: only owned types in their owner's row are written in bulk.");
            }
            var getter = navigation.GetGetter();
            foreach (var property in owned.GetProperties().Where(p => !p.IsPrimaryKey()))
            {
                if (property.IsShadowProperty() || property.ValueGenerated != ValueGenerated.Never)
                {
                    throw new NotSupportedException($"{owned.DisplayName()}.{property.Name} has no value on the object; the bulk writer cannot write it.");
                }
                var propertyGetter = property.GetGetter();
                columns.Add(new Column(property, row => getter.GetClrValue(row) is { } value ? propertyGetter.GetClrValue(value) : null));
            }
        }
        return columns;
    }

    /// <summary>
    /// How a property's value is read from a row: through a reference navigation when it is a foreign key whose
    /// navigation is set, from the owner when it is an owned row's owner key, else from the object itself.
    /// </summary>
    private static Func<object, object?> ValueOf(IEntityType entityType, IProperty property, bool isOwned)
    {
        if (isOwned && entityType.FindOwnership() is { } ownership && ownership.Properties.Contains(property))
        {
            var ownerKey = ownership.PrincipalKey.Properties[Position(ownership.Properties, property)].GetGetter();
            return row => ownerKey.GetClrValue(((OwnedRow)row).Owner);
        }
        var own = property.IsShadowProperty() ? null : property.GetGetter();
        var viaNavigation = property.GetContainingForeignKeys()
            .Where(fk => !fk.IsOwnership && fk.DependentToPrincipal is not null && fk.DeclaringEntityType == entityType)
            .Select(fk => (Navigation: fk.DependentToPrincipal!.GetGetter(), Key: fk.PrincipalKey.Properties[Position(fk.Properties, property)].GetGetter()))
            .FirstOrDefault();
        if (own is null && viaNavigation.Navigation is null)
        {
            throw new NotSupportedException($"{entityType.DisplayName()}.{property.Name} is a shadow property the bulk writer cannot fill.");
        }
        Func<object, object> item = isOwned ? row => ((OwnedRow)row).Item : row => row;
        return (viaNavigation.Navigation, own) switch
        {
            ({ } navigation, { } getter) => row => navigation.GetClrValue(item(row)) is { } principal ? viaNavigation.Key.GetClrValue(principal) : getter.GetClrValue(item(row)),
            ({ } navigation, null) => row => navigation.GetClrValue(item(row)) is { } principal ? viaNavigation.Key.GetClrValue(principal) : null,
            (null, { } getter) => row => getter.GetClrValue(item(row)),
        };
    }

    private async Task InsertAsync(IEntityType entityType, List<Column> columns, IReadOnlyCollection<object> rows, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = Table(entityType);
        var mappings = columns.Select(c => c.Property.GetRelationalTypeMapping()).ToArray();
        var head = $"INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns.Select(c => Quote(c.Property.GetColumnName(table)!)))}) VALUES ";
        // SQLite: one row per statement, prepared once (binding is per statement; SQLite's own parse is the cost to save).
        // PostgreSQL: many rows per statement (a round trip is the cost), under its 65,535 parameters.
        var perStatement = _postgres ? Math.Max(1, Math.Min(1000, 60_000 / columns.Count)) : 1;
        DbCommand? full = null;
        try
        {
            var batch = new List<object>(perStatement);
            foreach (var row in rows)
            {
                batch.Add(row);
                if (batch.Count == perStatement)
                {
                    full ??= await CreateAsync(head, columns, mappings, perStatement, cancellationToken);
                    await RunAsync(full, columns, mappings, batch, cancellationToken);
                    batch.Clear();
                }
            }
            if (batch.Count > 0)
            {
                await using var rest = await CreateAsync(head, columns, mappings, batch.Count, cancellationToken);
                await RunAsync(rest, columns, mappings, batch, cancellationToken);
            }
        }
        catch (DbException ex) when (Faults.StoreFaults.Classify(ex) is null)
        {
            // As EF reports a refused row: the importer records it as a rejection like any bad input.
            throw new DbUpdateException($"The store refused a row of {table.Name}: {ex.Message}", ex);
        }
        finally
        {
            if (full is not null)
            {
                await full.DisposeAsync();
            }
        }
    }

    private async Task<DbCommand> CreateAsync(string head, List<Column> columns, RelationalTypeMapping[] mappings, int rowCount, CancellationToken cancellationToken)
    {
        var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        var sql = new StringBuilder(head);
        var n = 0;
        for (var r = 0; r < rowCount; r++)
        {
            sql.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Count; c++)
            {
                var name = (_postgres ? "$" : "@p") + (++n).ToString(System.Globalization.CultureInfo.InvariantCulture);
                sql.Append(c == 0 ? "" : ", ").Append(name);
                // Npgsql binds $n placeholders to unnamed parameters by position.
                command.Parameters.Add(mappings[c].CreateParameter(command, _postgres ? "" : name, null, columns[c].Property.IsNullable));
            }
            sql.Append(')');
        }
        command.CommandText = sql.ToString();
        await command.PrepareAsync(cancellationToken);
        return command;
    }

    private static async Task RunAsync(DbCommand command, List<Column> columns, RelationalTypeMapping[] mappings, List<object> batch, CancellationToken cancellationToken)
    {
        var n = 0;
        foreach (var row in batch)
        {
            for (var c = 0; c < columns.Count; c++)
            {
                var value = columns[c].Read(row);
                if (value is not null && mappings[c].Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }
                command.Parameters[n++].Value = value ?? DBNull.Value;
            }
        }
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static int Position(IReadOnlyList<IProperty> properties, IProperty property)
    {
        for (var i = 0; i < properties.Count; i++)
        {
            if (properties[i] == property)
            {
                return i;
            }
        }
        throw new ArgumentException($"{property.Name} is not one of the key's properties.", nameof(property));
    }

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private sealed record Column(IProperty Property, Func<object, object?> Read);

    /// <summary>An owned row (a citation) with the row that owns it.</summary>
    private sealed record OwnedRow(object Owner, object Item);

    private sealed record JoinRow(object Left, object Right);

    private sealed class ReferencePairComparer : IEqualityComparer<(object Left, object Right)>
    {
        public static readonly ReferencePairComparer Instance = new();

        public bool Equals((object Left, object Right) x, (object Left, object Right) y) => ReferenceEquals(x.Left, y.Left) && ReferenceEquals(x.Right, y.Right);

        public int GetHashCode((object Left, object Right) obj) =>
            HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Left), System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Right));
    }
}
