namespace CentralAsiaBri.Data.Model;

/// <summary>How a <see cref="Translation"/> came about.</summary>
public enum TranslationBasis
{
    /// <summary>The project's own translation of the English text; the English row's sources apply.</summary>
    Translation,
    /// <summary>An official term in that language (the five pillars' Chinese names), with its own source.</summary>
    Official,
}
