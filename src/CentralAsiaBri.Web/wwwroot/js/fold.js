// Folded controls (<details class="fold">) close again once a choice has loaded: enhanced navigation keeps
// the element and its open state, and on a phone the new chart or results must come first. Without
// JavaScript every choice is a full page load, which closes them anyway.
const closeFolds = () => {
  for (const fold of document.querySelectorAll('details.fold[open]')) fold.open = false;
};
globalThis.Blazor?.addEventListener?.('enhancedload', closeFolds);
