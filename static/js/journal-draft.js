// Journal drafts and saving: what a person types is sent to the server every few seconds
// (through htmx) and once more when the page is hidden or closed, so a closed tab loses nothing.
// Saving the entry goes through fetch, so that when the server does not answer (a 503 while its
// database is away, a lost connection, a timeout) the page and its words stay where they are,
// a calm status says so, and the save is tried again, more slowly each time, until it lands.
// The text is kept on the server only, encrypted: nothing of the journal is put in
// localStorage, sessionStorage, IndexedDB or cookies.
(function () {
  "use strict";
  var form = document.getElementById("entry-form");
  var status = document.getElementById("draft-status");
  if (!form || !status) {
    return;
  }
  var SAVE_EVERY_MS = 4000;
  var REQUEST_TIMEOUT_MS = 15000;
  var RETRY_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];
  var NOT_SAVED = "Not saved yet, trying again. Your words are still here.";
  var saveUrl = form.getAttribute("data-autosave-url");
  var dirty = false;
  var submitting = false;

  status.hidden = false;

  function retryDelay(failures) {
    return RETRY_DELAYS_MS[Math.min(failures, RETRY_DELAYS_MS.length) - 1];
  }

  // Only these mean "the server did not answer": anything else is an answer to show.
  function serverAway(code) {
    return code === 0 || code === 502 || code === 503 || code === 504;
  }

  // ---- Saving the entry itself -------------------------------------------------------------
  var saveFailures = 0;
  var saveTimer = null;
  var pending = null; // {action, submitter} of the save under way

  // Read from the page at every attempt: words typed while waiting are saved too.
  function formBody() {
    try {
      return new FormData(form, pending.submitter);
    } catch (error) {
      return new FormData(form);
    }
  }

  function sendEntry() {
    saveTimer = null;
    var action = pending.action;
    var controller = window.AbortController ? new AbortController() : null;
    var timeout = controller
      ? window.setTimeout(function () {
          controller.abort();
        }, REQUEST_TIMEOUT_MS)
      : null;
    window
      .fetch(action, {
        method: "POST",
        body: formBody(),
        credentials: "same-origin",
        headers: { "X-Detach-Save": "fetch" },
        redirect: "follow",
        signal: controller ? controller.signal : undefined,
      })
      .then(
        function (response) {
          window.clearTimeout(timeout);
          var next = response.headers.get("X-Detach-Location");
          if (response.status === 204 && next) {
            window.location.assign(next);
          } else if (serverAway(response.status)) {
            retryEntry();
          } else {
            // An answer to read (a note on a field, both versions side by side): the browser
            // posts the form itself and shows it. The form's token makes a repeat harmless.
            submitNatively();
          }
        },
        function () {
          window.clearTimeout(timeout);
          retryEntry();
        }
      );
  }

  function retryEntry() {
    saveFailures += 1;
    status.textContent = NOT_SAVED;
    saveTimer = window.setTimeout(sendEntry, retryDelay(saveFailures));
  }

  function submitNatively() {
    form.dataset.native = "yes";
    if (pending.submitter && form.requestSubmit) {
      form.requestSubmit(pending.submitter); // with the button pressed, and its formaction
    } else {
      form.setAttribute("action", pending.action);
      HTMLFormElement.prototype.submit.call(form);
    }
  }

  form.addEventListener("submit", function (event) {
    if (form.dataset.native === "yes" || !window.fetch || !window.FormData) {
      submitting = true;
      return; // the plain form post, as without JavaScript
    }
    event.preventDefault();
    if (submitting) {
      return; // a double tap: the first save is on its way
    }
    submitting = true;
    var submitter = event.submitter || null;
    pending = {
      action: submitter && submitter.hasAttribute("formaction") ? submitter.formAction : form.action,
      submitter: submitter,
    };
    status.textContent = "Saving…";
    sendEntry();
  });

  // Back online: try at once instead of waiting for the next step of the backoff.
  window.addEventListener("online", function () {
    if (saveTimer !== null) {
      window.clearTimeout(saveTimer);
      saveFailures = 0;
      sendEntry();
    }
  });

  // ---- Autosaving the draft ------------------------------------------------------------------
  if (!window.htmx) {
    return;
  }
  var draftFailures = 0;
  var nextDraftAt = 0;

  function markDirty() {
    dirty = true;
  }
  form.addEventListener("input", markDirty);
  form.addEventListener("change", markDirty);

  function save() {
    if (!dirty || submitting || Date.now() < nextDraftAt) {
      return;
    }
    dirty = false;
    window.htmx.trigger(form, "journal:autosave");
  }
  window.setInterval(save, SAVE_EVERY_MS);

  function draftNotSaved() {
    dirty = true;
    draftFailures += 1;
    var delay = retryDelay(draftFailures);
    nextDraftAt = Date.now() + delay;
    status.textContent = NOT_SAVED;
    window.setTimeout(save, delay + 50);
  }

  // A request already queued when the form is submitted must not reopen the saved draft.
  status.addEventListener("htmx:beforeRequest", function (event) {
    if (submitting) {
      event.preventDefault();
    }
  });
  status.addEventListener("htmx:afterRequest", function (event) {
    if (event.detail.successful) {
      draftFailures = 0;
      nextDraftAt = 0;
    }
  });
  status.addEventListener("htmx:responseError", function (event) {
    var xhr = event.detail.xhr;
    if (serverAway(xhr.status) || xhr.status >= 500) {
      draftNotSaved();
      return;
    }
    // The server answered with a problem to read (a page that lost track of its version).
    var answer = new DOMParser().parseFromString(xhr.responseText || "", "text/html");
    status.textContent = (answer.body && answer.body.textContent.trim()) || NOT_SAVED;
  });
  status.addEventListener("htmx:sendError", draftNotSaved);
  status.addEventListener("htmx:timeout", draftNotSaved);

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
