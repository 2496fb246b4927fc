// Follow the system's light or dark preference with Bootstrap's colour modes.
// Loaded in <head> (no inline script: the Content-Security-Policy forbids them) so the page
// never flashes the wrong colours.
(function () {
  const query = window.matchMedia("(prefers-color-scheme: dark)");
  const apply = () => {
    document.documentElement.setAttribute("data-bs-theme", query.matches ? "dark" : "light");
  };
  apply();
  query.addEventListener("change", apply);
})();
