// "Leave quickly": the link at the top of every page, or Esc pressed twice within a second,
// swaps the page for a neutral one (QUICK_EXIT_URL) with location.replace, so the neutral page
// takes this page's place in the history and Back does not bring it back. The page is hidden
// first, so nothing of it stays on screen while the other loads. Without JavaScript the link
// still goes there, as a plain link.
//
// Loaded in <head> without defer, so the keys work while the page is still loading. Other
// scripts that use Esc themselves (closing the breathing pacer, say) call preventDefault() on
// that key press: such a press does not count here, and neither does one that closes a dialog.
(function () {
  "use strict";
  var TWICE_WITHIN_MS = 1000;
  var lastEscape = 0;

  function leave(url) {
    try {
      document.title = "";
      if (document.body) document.body.hidden = true;
    } catch (error) {
      // Hiding is a courtesy; leaving is what matters.
    }
    window.location.replace(url);
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("[data-quick-exit]") : null;
    if (!link) return;
    event.preventDefault();
    leave(link.href);
  });

  // On window, after the page's own handlers on the document have had their turn.
  window.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") return;
    if (event.repeat || event.isComposing) return;
    if (event.defaultPrevented || document.querySelector("dialog[open], [aria-modal='true']")) {
      lastEscape = 0;
      return;
    }
    var now = Date.now();
    if (lastEscape && now - lastEscape <= TWICE_WITHIN_MS) {
      lastEscape = 0;
      var link = document.querySelector("[data-quick-exit]");
      if (link) leave(link.href);
      return;
    }
    lastEscape = now;
  });
})();
