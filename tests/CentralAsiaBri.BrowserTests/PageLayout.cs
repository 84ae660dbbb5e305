using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CentralAsiaBri.BrowserTests;

/// <summary>What a reader sees of a page's layout: what is in the first screen, what sticks out sideways.</summary>
public static class PageLayout
{
    /// <summary>
    /// Elements that reach past the right edge of the viewport without a scrolling (or clipping) container of
    /// their own (a table that scrolls inside its box is fine; one that pushes the page sideways is not), and
    /// the document itself when it is wider than the viewport. Empty when nothing overflows.
    /// </summary>
    public static Task<string[]> HorizontalOverflowAsync(IPage page) => page.EvaluateAsync<string[]>("""
        () => {
          const width = document.documentElement.clientWidth;
          const found = [];
          if (document.documentElement.scrollWidth > width + 1) {
            found.push(`the document is ${document.documentElement.scrollWidth}px wide in a ${width}px viewport`);
          }
          // Inside a box that scrolls, or that clips and itself fits (a visually hidden table), it cannot widen the page.
          const contained = (element) => {
            for (let p = element.parentElement; p && p !== document.body; p = p.parentElement) {
              const overflow = getComputedStyle(p).overflowX;
              if (overflow === 'auto' || overflow === 'scroll') return true;
              if ((overflow === 'hidden' || overflow === 'clip') && p.getBoundingClientRect().right <= width + 1) return true;
            }
            return false;
          };
          const past = (element) => element && element !== document.body && element.getBoundingClientRect().right > width + 1;
          // The outermost element that sticks out (its parent does not): that is the one to mend.
          for (const element of document.body.querySelectorAll('*')) {
            const box = element.getBoundingClientRect();
            if (box.width <= 1 || !past(element) || past(element.parentElement) || contained(element)) continue;
            const name = element.tagName.toLowerCase() + (element.id ? '#' + element.id : '') +
              (element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : '');
            found.push(`${name} ends at ${Math.round(box.right)}px: "${(element.textContent ?? '').trim().slice(0, 40)}"`);
            if (found.length >= 10) break;
          }
          if (found.length === 1 && document.documentElement.scrollWidth > width + 1) {
            // Nothing stuck out by itself: name the widest elements, so the message says where to look.
            const widest = [...document.body.querySelectorAll('*')]
              .map((e) => [e, e.getBoundingClientRect().right]).filter(([, r]) => r > width + 1)
              .sort((a, b) => b[1] - a[1]).slice(0, 3);
            for (const [e, r] of widest) found.push(`widest: ${e.tagName.toLowerCase()}.${String(e.className).trim().split(/\s+/).join('.')} ends at ${Math.round(r)}px inside ${e.parentElement?.tagName.toLowerCase()}.${String(e.parentElement?.className).trim().split(/\s+/).join('.')}`);
          }
          return found;
        }
        """);

    /// <summary>
    /// After a viewport change, waits until the page fits the new width or two seconds have passed: charts redraw
    /// their canvas at the new size a few frames later (Chart.js observes its box), and the page is measured
    /// once they have.
    /// </summary>
    public static async Task SettleAfterResizeAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1", null, new() { Timeout = 2000 });
        }
        catch (TimeoutException)
        {
            // Still too wide: HorizontalOverflowAsync reports what sticks out.
        }
    }

    /// <summary>
    /// Where the element's top is in the first screen of the page as loaded (scrolled to the top), as a share
    /// of the viewport's height: 0 at the top, 1 at the bottom edge, above 1 below the first screen.
    /// </summary>
    public static async Task<double> TopInFirstScreenAsync(ILocator element)
    {
        await element.Page.EvaluateAsync("() => window.scrollTo(0, 0)");
        return await element.EvaluateAsync<double>("e => (e.getBoundingClientRect().top + window.scrollY) / window.innerHeight");
    }

    /// <summary>axe-core's serious and critical findings on the page as it is now, one line each.</summary>
    public static async Task<string[]> SeriousAxeViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{page.Url}: {v.Id} ({v.Impact}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}")];
    }
}
