using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CentralAsiaBri.Data.Faults;

/// <summary>Why the store could not do what was asked, when the cause is the machine and not the request.</summary>
public enum StoreFault
{
    /// <summary>The database server cannot be reached, or is shutting down or starting.</summary>
    Unreachable,
    /// <summary>Another writer holds the store (SQLite's lock past its timeout) or kept changing it.</summary>
    Busy,
    /// <summary>The disk (or the database's size limit) is full: nothing more can be written.</summary>
    Full,
}

/// <summary>
/// The store cannot serve a request for a reason outside the request (<see cref="StoreFault"/>): the site
/// answers 503 with Retry-After and its own page, and an import is refused with nothing written.
/// </summary>
public sealed class StoreUnavailableException(StoreFault fault, string message, Exception? inner = null) : Exception(message, inner)
{
    public StoreFault Fault { get; } = fault;

    /// <summary>How long a client should wait before trying again.</summary>
    public TimeSpan RetryAfter { get; } = fault == StoreFault.Full ? TimeSpan.FromSeconds(60) : TimeSpan.FromSeconds(5);
}

/// <summary>Tells a machine fault (server gone, disk full, lock held) from a fault of the request or the code.</summary>
public static class StoreFaults
{
    /// <summary>The fault behind <paramref name="exception"/> or any exception inside it, or null if it is not a store fault.</summary>
    public static StoreFault? Classify(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            switch (current)
            {
                case StoreUnavailableException unavailable:
                    return unavailable.Fault;
                // SQLite: 13 SQLITE_FULL (disk or max_page_count), 5 BUSY, 6 LOCKED, 10 IOERR, 14 CANTOPEN.
                case SqliteException { SqliteErrorCode: 13 }:
                    return StoreFault.Full;
                case SqliteException { SqliteErrorCode: 5 or 6 }:
                    return StoreFault.Busy;
                case SqliteException { SqliteErrorCode: 10 or 14 }:
                    return StoreFault.Unreachable;
                // PostgreSQL: 53100 disk full, 53xxx out of resources, 08xxx connection, 57P0x shutdown or start-up.
                case PostgresException { SqlState: "53100" }:
                    return StoreFault.Full;
                case PostgresException postgres when postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || postgres.SqlState.StartsWith("53", StringComparison.Ordinal) || postgres.SqlState.StartsWith("57P0", StringComparison.Ordinal):
                    return StoreFault.Unreachable;
                case PostgresException:
                    // Any other server error is about the statement (a constraint, a type): not the machine's fault.
                    return null;
                case NpgsqlException or SocketException or TimeoutException:
                    return StoreFault.Unreachable;
            }
        }
        return null;
    }

    /// <summary>A message for a maintainer or a log: what went wrong and that nothing was changed.</summary>
    public static string Describe(StoreFault fault) => fault switch
    {
        StoreFault.Full => "the store's disk is full, so nothing could be written; free space and try again",
        StoreFault.Busy => "another import or load held the store; try again in a few seconds",
        _ => "the database could not be reached; try again once it is back",
    };
}
