namespace CentralAsiaBri.Web.Components.Pages.Trade;

/// <summary>UI strings of the trade explorer and the reporter comparison: TradeText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class TradeText;
