namespace CentralAsiaBri.Web.Components.Pages.Investment;

/// <summary>UI strings of the investment view: InvestmentText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class InvestmentText;
