using System.ComponentModel.DataAnnotations;

namespace CentralAsiaBri.Web.Store;

/// <summary>Where the store and its seed data live (configuration section "Store"; checked at start-up).</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    /// <summary>
    /// The store's connection string, for the provider named by <c>Database:Provider</c> (Sqlite, the default,
    /// or Postgres, e.g. <c>Host=db;Database=centralasiabri;Username=app;Password=…</c>). For SQLite: A relative Data Source is taken relative to the content root, never the
    /// working directory. Default: <c>Data Source=App_Data/centralasiabri.db</c> (git-ignored).
    /// </summary>
    [Required(AllowEmptyStrings = false)]
    public string ConnectionString { get; set; } = "Data Source=App_Data/centralasiabri.db";

    /// <summary>Folder with the CSV files; relative paths are taken from the app's base directory,
    /// where the build copies <c>data/*.csv</c>.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DataDirectory { get; set; } = "data";

    /// <summary>How often, in seconds, the app checks whether another process (the import command, another
    /// instance) changed the store, to evict its cached pages. Default 5.</summary>
    [Range(1, 3600)]
    public int ChangePollSeconds { get; set; } = 5;
}
