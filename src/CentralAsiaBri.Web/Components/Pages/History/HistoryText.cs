namespace CentralAsiaBri.Web.Components.Pages.History;

/// <summary>UI strings of the history pages: HistoryText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class HistoryText;
