// Copy buttons: <button data-copy-target="id">. Without JavaScript (or clipboard access) the text stays
// selectable on the page, so the button is only a shortcut.
document.addEventListener('click', async (event) => {
  const button = event.target.closest?.('[data-copy-target]');
  if (!button) return;
  const source = document.getElementById(button.getAttribute('data-copy-target'));
  if (!source) return;
  try {
    await navigator.clipboard.writeText(source.innerText.trim());
    button.dataset.copied = 'true';
    const label = button.querySelector('.copy-label');
    // The page gives the word in its language (data-copied-label).
    if (label) label.textContent = button.dataset.copiedLabel ?? 'Copied';
  } catch {
    // No clipboard permission: select the text so the reader can copy it by hand.
    const range = document.createRange();
    range.selectNodeContents(source);
    const selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
});
