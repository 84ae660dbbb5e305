namespace CentralAsiaBri.Web.Components.Pages.Admin;

/// <summary>UI strings of the maintainers' pages (sign-in, import, import report): AdminText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class AdminText;
