namespace CentralAsiaBri.Web.Components.Shared;

/// <summary>
/// The UI strings used across features (layout, notes on translated data, enum labels), in SharedText.resx and
/// its .zh-Hans and .ru siblings. Each feature folder has a class like this for its own strings.
/// </summary>
public sealed class SharedText;
