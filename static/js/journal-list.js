// htmx remembers the address of the current page in sessionStorage. On the journal list that
// address can hold search words (?q=), and nothing of the journal belongs in browser storage,
// so the remembered address is dropped here (this page never pushes htmx history).
(function () {
  "use strict";
  try {
    window.sessionStorage.removeItem("htmx-current-path-for-history");
  } catch (error) {
    // Storage can be unavailable (private modes); then there is nothing to remove.
  }
})();
