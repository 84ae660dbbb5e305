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
