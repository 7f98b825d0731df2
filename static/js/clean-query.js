// Progressive enhancement: leave empty fields out of a submitted search, so the URL a
// reader shares holds only the filters they set. The form works the same without it.
document.addEventListener("submit", (event) => {
  const form = event.target;
  if (!form.matches("form[method=get]")) return;
  for (const field of form.elements) {
    if (field.name && field.value === "") field.disabled = true;
  }
  // Re-enable after the navigation starts, so the back button shows a working form.
  setTimeout(() => { for (const field of form.elements) field.disabled = false; }, 0);
});
