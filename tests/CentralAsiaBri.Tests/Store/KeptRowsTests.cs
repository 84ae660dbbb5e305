using CentralAsiaBri.Data.Queries;

namespace CentralAsiaBri.Tests.Store;

/// <summary>The bounded per-load stores of rows read by key (<see cref="KeptRows{T}"/>, ADR-027).</summary>
public sealed class KeptRowsTests
{
    [Fact]
    public async Task Rows_are_read_once_and_only_the_missing_ones_are_asked_for_in_the_callers_order()
    {
        var kept = new KeptRows<string>(100);
        var asked = new List<List<string>>();
        Task<IEnumerable<string>> Read(List<string> keys)
        {
            asked.Add(keys);
            // "gone" is not in the store: it is left out of the answer and not kept.
            return Task.FromResult(keys.Where(k => k != "gone").Select(k => k));
        }

        Assert.Equal(["a", "b"], await kept.GetOrReadAsync(["a", "b", "gone"], k => k, Read));
        Assert.Equal(["c", "b", "a"], await kept.GetOrReadAsync(["c", "b", "a"], k => k, Read));

        Assert.Equal([["a", "b", "gone"], ["c"]], asked);
    }

    [Fact]
    public void Keeping_what_is_kept_returns_the_first_copy_and_does_not_count_towards_the_limit()
    {
        var kept = new KeptRows<object>(2);
        var first = new object();

        Assert.Same(first, kept.Keep("x", first));
        for (var i = 0; i < 10; i++)
        {
            Assert.Same(first, kept.Keep("x", new object()));
        }
        kept.Keep("y", new object());

        Assert.True(kept.TryGet("x", out _));
    }

    [Fact]
    public void Past_its_limit_of_additions_it_forgets_everything_and_starts_again()
    {
        var kept = new KeptRows<int>(3);
        kept.Keep("a", 1);
        kept.Keep("b", 2);
        kept.Keep("c", 3);

        kept.Keep("d", 4);

        Assert.False(kept.TryGet("a", out _));
        Assert.False(kept.TryGet("c", out _));
        Assert.True(kept.TryGet("d", out var d));
        Assert.Equal(4, d);
    }
}
