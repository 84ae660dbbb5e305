namespace CentralAsiaBri.Web.Components.Charts;

/// <summary>UI strings of the charts (axis titles, labels, PNG button, events overlay, embed code): ChartsText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class ChartsText;
