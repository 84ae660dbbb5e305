// Folded controls (<details class="fold">) close as soon as a choice inside them is made: enhanced navigation
// keeps the element and its open state, and on a phone the new chart or results must come first. Closing on
// the click (not after the new page has loaded) leaves no moment in which the old open state shows. Without
// JavaScript every choice is a full page load, which closes them anyway.
document.addEventListener('click', (event) => {
  const fold = event.target.closest?.('details.fold[open]');
  if (fold && event.target.closest('a[href]')) fold.open = false;
});
