using Microsoft.EntityFrameworkCore;

namespace CentralAsiaBri.Data;

public static class StoreMigrations
{
    /// <summary>
    /// Applies pending migrations. On PostgreSQL several instances may start at once: a session advisory lock,
    /// taken on the connection the migration then uses, lets one migrate while the others wait and find nothing
    /// left to do (EF Core's own lock did not stop two instances creating the same table here).
    /// </summary>
    public static async Task MigrateAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken = default)
    {
        await MigrateSchemaAsync(db, cancellationToken);
        await FillSearchTextAsync(db, cancellationToken);
    }

    /// <summary>
    /// Projects stored before the search column existed (migration ProjectSearchTextAndTradeLinesIndex) get their folded
    /// text once: it is computed in .NET (<see cref="Model.TextSearch"/>), which SQL cannot do for every script. Rows that
    /// have it are not touched; idempotent, and a no-op on every later start.
    /// </summary>
    private static async Task FillSearchTextAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken)
    {
        var stale = await db.Projects.AsTracking().Where(p => p.SearchText == "").ToListAsync(cancellationToken);
        if (stale.Count == 0)
        {
            return;
        }
        foreach (var project in stale)
        {
            db.Entry(project).Property(p => p.SearchText).IsModified = true;
        }
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    private static async Task MigrateSchemaAsync(CentralAsiaBriDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(7306232)", cancellationToken);
            try
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            finally
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(7306232)", CancellationToken.None);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
