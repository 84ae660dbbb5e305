using CentralAsiaBri.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace CentralAsiaBri.Tests.Hardening;

public sealed class OperationsTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Logs_are_json_lines_outside_development()
    {
        var options = app.Services.GetRequiredService<IOptionsMonitor<ConsoleLoggerOptions>>().CurrentValue;

        Assert.Equal(ConsoleFormatterNames.Json, options.FormatterName);
    }
}
