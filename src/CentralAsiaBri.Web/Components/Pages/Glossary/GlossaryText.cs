namespace CentralAsiaBri.Web.Components.Pages.Glossary;

/// <summary>UI strings of the glossary page: GlossaryText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class GlossaryText;
