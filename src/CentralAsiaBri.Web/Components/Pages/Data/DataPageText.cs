namespace CentralAsiaBri.Web.Components.Pages.Data;

/// <summary>UI strings of the data releases page: DataPageText.resx and its .zh-Hans and .ru siblings (not the data's own texts, which are <see cref="Localization.DataText"/>).</summary>
public sealed class DataPageText;
