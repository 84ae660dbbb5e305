namespace CentralAsiaBri.Web.Components.Shared;

/// <summary>
/// The page numbers a pager links to: the first, the last and two either side of the current one. At real size a list
/// has thousands of pages (issue 17); a link to each would be most of the page's weight and of no use to a reader.
/// </summary>
public static class PageWindow
{
    public const int Reach = 2;

    public static IReadOnlyList<int> Around(int current, int pages)
    {
        if (pages < 1)
        {
            return [];
        }
        current = Math.Clamp(current, 1, pages);
        var from = Math.Max(1, current - Reach);
        var to = Math.Min(pages, current + Reach);
        var numbers = new List<int>(to - from + 3);
        if (from > 1)
        {
            numbers.Add(1);
        }
        for (var page = from; page <= to; page++)
        {
            numbers.Add(page);
        }
        if (to < pages)
        {
            numbers.Add(pages);
        }
        return numbers;
    }
}
