namespace CentralAsiaBri.Web.Components.Pages;

/// <summary>UI strings of the home page: HomeText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class HomeText;
