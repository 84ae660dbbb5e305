using CentralAsiaBri.Data.Faults;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CentralAsiaBri.Tests.Faults;

/// <summary>Which exceptions are the machine's fault (503, import refused, nothing written) and which are not (500 or a rejected row).</summary>
public sealed class StoreFaultsTests
{
    public static TheoryData<Exception, StoreFault?> Cases => new()
    {
        { new SqliteException("database or disk is full", 13), StoreFault.Full },
        { new DbUpdateException("save failed", new SqliteException("database or disk is full", 13)), StoreFault.Full },
        { new SqliteException("database is locked", 5), StoreFault.Busy },
        { new SqliteException("disk I/O error", 10), StoreFault.Unreachable },
        { new SqliteException("UNIQUE constraint failed", 19), null },
        { new PostgresException("could not extend file", "ERROR", "ERROR", "53100"), StoreFault.Full },
        { new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01"), StoreFault.Unreachable },
        { new InvalidOperationException("transient", new PostgresException("connection failure", "FATAL", "FATAL", "08006")), StoreFault.Unreachable },
        { new DbUpdateException("too long", new PostgresException("value too long for type character varying(200)", "ERROR", "ERROR", "22001")), null },
        { new NpgsqlException("Failed to connect to 127.0.0.1:5432", new System.Net.Sockets.SocketException(111)), StoreFault.Unreachable },
        { new StoreUnavailableException(StoreFault.Busy, "kept changing"), StoreFault.Busy },
        { new InvalidOperationException("a bug"), null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_fault_is_classified_by_its_cause_wherever_it_is_wrapped(Exception exception, StoreFault? expected) =>
        Assert.Equal(expected, StoreFaults.Classify(exception));

    [Fact]
    public void A_full_disk_asks_clients_to_wait_longer_than_a_busy_lock()
    {
        Assert.True(new StoreUnavailableException(StoreFault.Full, "").RetryAfter > new StoreUnavailableException(StoreFault.Busy, "").RetryAfter);
        Assert.Contains("disk is full", StoreFaults.Describe(StoreFault.Full), StringComparison.Ordinal);
    }
}
