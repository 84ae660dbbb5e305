using System.Collections.Frozen;
using System.ComponentModel;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace CentralAsiaBri.Benchmarks;

/// <summary>
/// Issue 15 asks whether HybridCache with a "data" tag could replace the hand-cleared in-memory caches (the
/// translation catalogue read by every page render, the footer's latest release) "if measurement shows it is
/// no slower". This measures the read every request makes once the value is cached: the catalogue's own pattern
/// (a completed Task in a field) against HybridCache's L1 hit, for a value marked immutable (handed out as is)
/// and one that is not (HybridCache then deserializes a copy on every read).
/// </summary>
[MemoryDiagnoser]
public class CacheReadBenchmark
{
    private Task<Catalogue>? _field;
    private HybridCache _cache = default!;
    private ServiceProvider _services = default!;

    [GlobalSetup]
    public async Task Setup()
    {
        _field = Task.FromResult(Catalogue.Sample());
        _services = new ServiceCollection().AddHybridCache().Services.BuildServiceProvider();
        _cache = _services.GetRequiredService<HybridCache>();
        await _cache.GetOrCreateAsync("catalogue", _ => ValueTask.FromResult(Catalogue.Sample()), tags: ["data"]);
        await _cache.GetOrCreateAsync("catalogue-mutable", _ => ValueTask.FromResult(MutableCatalogue.Sample()), tags: ["data"]);
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark(Baseline = true, Description = "field holding a completed Task (today)")]
    public async Task<int> Field()
    {
        var catalogue = await Volatile.Read(ref _field)!;
        return catalogue.Texts.Count;
    }

    [Benchmark(Description = "HybridCache L1 hit, immutable value")]
    public async Task<int> HybridImmutable()
    {
        var catalogue = await _cache.GetOrCreateAsync("catalogue", _ => ValueTask.FromResult(Catalogue.Sample()), tags: ["data"]);
        return catalogue.Texts.Count;
    }

    [Benchmark(Description = "HybridCache L1 hit, mutable value (copied)")]
    public async Task<int> HybridMutable()
    {
        var catalogue = await _cache.GetOrCreateAsync("catalogue-mutable", _ => ValueTask.FromResult(MutableCatalogue.Sample()), tags: ["data"]);
        return catalogue.Texts.Count;
    }

    /// <summary>Shaped like the translation catalogue: about 600 short texts by key.</summary>
    [ImmutableObject(true)]
    public sealed class Catalogue
    {
        public FrozenDictionary<string, string> Texts { get; init; } = FrozenDictionary<string, string>.Empty;

        public static Catalogue Sample() => new() { Texts = Entries().ToFrozenDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal) };
    }

    public sealed class MutableCatalogue
    {
        public Dictionary<string, string> Texts { get; init; } = [];

        public static MutableCatalogue Sample() => new() { Texts = Entries().ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal) };
    }

    private static IEnumerable<KeyValuePair<string, string>> Entries() =>
        Enumerable.Range(0, 600).Select(i => new KeyValuePair<string, string>($"project|project-{i}|description|{(i % 2 == 0 ? "zh" : "ru")}", new string('文', 60 + i % 80)));
}
