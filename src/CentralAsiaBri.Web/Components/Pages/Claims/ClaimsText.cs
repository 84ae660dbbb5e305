namespace CentralAsiaBri.Web.Components.Pages.Claims;

/// <summary>UI strings of the claims page: ClaimsText.resx and its .zh-Hans and .ru siblings; the reasons are <c>ClaimReason.{name}</c> sentences.</summary>
public sealed class ClaimsText;
