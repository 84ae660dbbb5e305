using System.Diagnostics;

namespace CentralAsiaBri.BrowserTests;

/// <summary>
/// Runs docs/deployment.md's recipe for real (tests/deploy/two-instances.sh): a published build, one
/// PostgreSQL cluster, two instances behind nginx on loopback. Its log is kept with the browser artifacts.
/// </summary>
[Trait("Category", "Browser")]
[Collection(DeploymentRecipeAlone.Name)]
public sealed class DeploymentRecipeTests
{
    [Fact]
    public async Task Two_instances_behind_nginx_on_one_postgres_serve_share_and_survive_one_instance_stopping()
    {
        var repository = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(repository, "CentralAsiaBri.sln")))
        {
            repository = Path.GetDirectoryName(repository) ?? throw new InvalidOperationException("repository root not found");
        }
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repository };
        start.ArgumentList.Add("tests/deploy/two-instances.sh");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // Stop what the script started: SIGTERM lets its trap stop nginx, the instances and the cluster;
            // whatever is left after ten seconds is killed with the script's process tree.
            using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await term.WaitForExitAsync();
            }
            if (!process.WaitForExit(TimeSpan.FromSeconds(10)))
            {
                process.Kill(entireProcessTree: true);
            }
            throw;
        }
        var log = await output + await errors;
        await File.WriteAllTextAsync(Path.Combine(BrowserFixture.ArtifactsDirectory, "deployment-recipe.log"), log);

        Assert.True(process.ExitCode == 0, log);
        Assert.Contains("; seeds: 1", log, StringComparison.Ordinal);
        Assert.Contains("/admin on", log, StringComparison.Ordinal);
        Assert.Contains("with that cookie: 200", log, StringComparison.Ordinal);
        Assert.Contains("nginx answered 20 of 20", log, StringComparison.Ordinal);
        Assert.Contains("recipe passed", log, StringComparison.Ordinal);
        // Rate limits hold across instances: nginx counts sign-in attempts once for both (20 allowed of 24).
        Assert.Matches(@"sign-in through nginx across both instances: (1?[0-9]|20) allowed, ([4-9]|1[0-9]|2[0-4]) refused \(429, Retry-After: 60\)", log);
        Assert.Contains("Kestrel Server header from an instance: 0 ", log, StringComparison.Ordinal);
    }
}

/// <summary>
/// The recipe publishes the app (ReadyToRun: both cores for most of a minute) and starts PostgreSQL, nginx and two
/// instances. Run beside the journeys it starved them: a journey's page load then outlasted Playwright's 30 s
/// (the maintainer journey timed out once in five fresh-clone runs). It now runs alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DeploymentRecipeAlone
{
    public const string Name = "Deployment recipe (alone)";
}
