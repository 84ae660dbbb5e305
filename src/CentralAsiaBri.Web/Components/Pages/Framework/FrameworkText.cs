namespace CentralAsiaBri.Web.Components.Pages.Framework;

/// <summary>UI strings of the framework pages (dimensions, pillars, challenges, recommendations): FrameworkText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class FrameworkText;
