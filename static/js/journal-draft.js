// Journal drafts: what a person types is sent to the server every few seconds (through htmx)
// and once more when the page is hidden or closed, so a closed tab loses nothing. The text is
// kept on the server only, encrypted; nothing of the journal goes into localStorage.
(function () {
  "use strict";
  var form = document.getElementById("entry-form");
  var status = document.getElementById("draft-status");
  if (!form || !status || !window.htmx) {
    return;
  }
  var SAVE_EVERY_MS = 4000;
  var saveUrl = form.getAttribute("data-autosave-url");
  var dirty = false;
  var submitting = false;

  status.hidden = false;

  function markDirty() {
    dirty = true;
  }
  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);
  form.addEventListener("submit", function () {
    submitting = true;
  });

  function save() {
    if (!dirty || submitting) {
      return;
    }
    dirty = false;
    window.htmx.trigger(form, "journal:autosave");
  }
  window.setInterval(save, SAVE_EVERY_MS);

  // A request already queued when the form is submitted must not reopen the saved draft.
  status.addEventListener("htmx:beforeRequest", function (event) {
    if (submitting) {
      event.preventDefault();
    }
  });
  status.addEventListener("htmx:responseError", function () {
    dirty = true;
  });
  status.addEventListener("htmx:sendError", function () {
    dirty = true;
    status.textContent = "Offline: your draft will be saved when the connection is back.";
  });

  // The page is going away (tab closed, app switched on a phone): send what is left now.
  function flush() {
    if (!dirty || submitting || !navigator.sendBeacon) {
      return;
    }
    if (navigator.sendBeacon(saveUrl, new FormData(form))) {
      dirty = false;
    }
  }
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      flush();
    }
  });
  window.addEventListener("pagehide", flush);
})();
