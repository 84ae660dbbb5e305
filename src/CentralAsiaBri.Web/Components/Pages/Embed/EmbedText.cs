namespace CentralAsiaBri.Web.Components.Pages.Embed;

/// <summary>UI strings of the embedded charts (/embed/…): EmbedText.resx and its .zh-Hans and .ru siblings.</summary>
public sealed class EmbedText;
