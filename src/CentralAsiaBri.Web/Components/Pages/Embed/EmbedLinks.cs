using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.WebUtilities;
using CentralAsiaBri.Web.Localization;

namespace CentralAsiaBri.Web.Components.Pages.Embed;

/// <summary>Links from an embedded chart.</summary>
public static class EmbedLinks
{
    /// <summary>
    /// A link that keeps the language the embed was opened in: an embed on another site is pinned to a language
    /// by its <c>culture</c> parameter (that site's readers bring no cookie of ours), and a link inside it, or to
    /// the full view, must not lose it. Without the parameter the link is returned as it is.
    /// </summary>
    public static string KeepCulture(NavigationManager navigation, string href)
    {
        var query = QueryHelpers.ParseQuery(navigation.ToAbsoluteUri(navigation.Uri).Query);
        return query.TryGetValue("culture", out var culture) && LocalizationSetup.Find(culture.ToString()) is { } found
            ? QueryHelpers.AddQueryString(href, "culture", found.Name)
            : href;
    }
}
