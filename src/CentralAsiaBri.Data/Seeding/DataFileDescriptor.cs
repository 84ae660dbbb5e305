using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data.Seeding;

/// <summary>
/// One data file, declared once: its name, the entity its rows become, its columns and key, the files it
/// refers to (so it is read after them and its rows deleted before theirs), its history page and its reader.
/// The loader, seeder, importer, history, releases and data package all enumerate
/// <see cref="DataFileRegistry.All"/>; nothing else lists the files.
/// </summary>
public abstract class DataFileDescriptor
{
    /// <summary>The file name in data/, e.g. <c>sources.csv</c>.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Where the file is read among all data files (ascending; rows are inserted in this order and deleted in its
    /// reverse). It must come after every file in <see cref="References"/>; the registry refuses it otherwise.
    /// Among files that do not depend on each other it is the order error reports and the content hash use.
    /// </summary>
    public abstract int ReadOrder { get; }

    /// <summary>The entity each row becomes. Several files may feed one entity (observations and trade observations).</summary>
    public abstract Type EntityType { get; }

    /// <summary>What one row is called in messages ("country", "project figure").</summary>
    public abstract string RowName { get; }

    /// <summary>The file's columns, exactly as its header must name them (data/README.md documents each).</summary>
    public abstract IReadOnlyList<string> Columns { get; }

    /// <summary>
    /// The columns that identify a row (history, changelogs, the data package's primary key): <c>id</c> by
    /// default; null for a join table, whose whole row is its own key.
    /// </summary>
    public virtual IReadOnlyList<string>? KeyColumns => Columns.Contains("id") ? ["id"] : null;

    /// <summary>
    /// The other data files whose rows this file's rows name. They are read first, and this file's table is
    /// emptied before theirs. A reader can only resolve references to the entities of these files.
    /// </summary>
    public virtual IReadOnlyList<string> References => [];

    /// <summary>
    /// The bulk dataset (datasets.csv id) every row of the file comes from, whose licence and citation travel with the
    /// file (the data package names them on its resource); null for the project's own files.
    /// </summary>
    public virtual string? Dataset => null;

    /// <summary>
    /// The id a row's revisions are kept under when it is not the key columns' values joined: an upstream file's rows
    /// (ADR-024) become observations whose ids are made from the key, so their history is found under those ids.
    /// </summary>
    internal virtual string? HistoryRowId(IReadOnlyDictionary<string, string> fields) => null;

    /// <summary>The kind of record whose history page (<c>/history/{kind}/{id}</c>) shows this file's rows; null when none.</summary>
    public virtual string? HistoryKind => null;

    /// <summary>Turns the file's rows (header already checked) into entities, recording every problem on its row.</summary>
    internal abstract void Read(IReadOnlyList<CsvRow> rows, DataReadContext data);

    /// <summary>A lookup for this file's entity, for the reader to fill and other files to resolve references against.</summary>
    internal abstract IRowLookup CreateLookup(string files);

    /// <summary>Empties this file's table (join and citation tables go with it by cascade).</summary>
    internal abstract Task DeleteAllAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken);

    public override string ToString() => Name;
}

/// <summary>A data file whose rows become <typeparamref name="T"/>s.</summary>
public abstract class DataFileDescriptor<T> : DataFileDescriptor
    where T : class
{
    public sealed override Type EntityType => typeof(T);

    internal sealed override void Read(IReadOnlyList<CsvRow> rows, DataReadContext data) => Read(rows, data, data.Lookup<T>());

    /// <summary>Reads the rows into <paramref name="own"/> (the lookup of this file's entity).</summary>
    private protected abstract void Read(IReadOnlyList<CsvRow> rows, DataReadContext data, Lookup<T> own);

    internal sealed override IRowLookup CreateLookup(string files) => new Lookup<T>(RowName, files);

    internal sealed override Task DeleteAllAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken) =>
        db.Set<T>().ExecuteDeleteAsync(cancellationToken);
}
