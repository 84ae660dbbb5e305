namespace CentralAsiaBri.Web.Components.Pages.Indicators;

/// <summary>UI strings of the indicator pages (the list and one indicator): IndicatorsText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class IndicatorsText;
