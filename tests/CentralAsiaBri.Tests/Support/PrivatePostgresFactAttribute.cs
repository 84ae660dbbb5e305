namespace CentralAsiaBri.Tests.Support;

/// <summary>
/// A test that stops and starts a PostgreSQL server of its own (<see cref="PostgresServer.StartPrivate"/>). Skipped,
/// with the reason, when CAB_TEST_POSTGRES points the tests at an outside server, which a test must not stop.
/// </summary>
public sealed class PrivatePostgresFactAttribute : FactAttribute
{
    public PrivatePostgresFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CAB_TEST_POSTGRES") is { Length: > 0 })
        {
            Skip = "stops its database server, so it needs a cluster of its own; CAB_TEST_POSTGRES names an outside server";
        }
    }
}
