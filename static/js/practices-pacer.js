// The breathing pacer: an animated shape, the phase in words, a live region for screen
// readers, and text-only pacing under prefers-reduced-motion. It fills in the plain logging
// form (minutes and seconds, and the exact time breathed in a hidden field); everything still
// works without it, when the person writes the time themselves.
(function () {
  "use strict";

  var pacer = document.getElementById("pacer");
  var form = pacer && pacer.closest("form");
  if (!pacer || !form) return;

  var PHASES = [
    { key: "inhale", words: "Breathe in", scale: 1 },
    { key: "hold-in", words: "Hold", scale: 1 },
    { key: "exhale", words: "Breathe out", scale: 0.5 },
    { key: "hold-out", words: "Hold", scale: 0.5 }
  ];
  var MIN_SCALE = 0.5;

  var shape = document.getElementById("pacer-shape");
  var phaseText = document.getElementById("pacer-phase");
  var countText = document.getElementById("pacer-count");
  var timeText = document.getElementById("pacer-time");
  var live = document.getElementById("pacer-live");
  var lengthSelect = document.getElementById("pacer-length");
  var startButton = document.getElementById("pacer-start");
  var pauseButton = document.getElementById("pacer-pause");
  var stopButton = document.getElementById("pacer-stop");
  var customFieldset = document.getElementById("custom-pattern");
  var reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

  var state = null; // { counts, total, elapsedBefore, startedAt, paused, phase, timer, lock }

  function selectedPattern() {
    var checked = form.querySelector("input[name=pattern]:checked");
    return checked ? checked.value : "box";
  }

  function readCount(id, fallback) {
    var input = document.getElementById(id);
    var value = input ? parseInt(input.value, 10) : NaN;
    return isNaN(value) ? fallback : value;
  }

  function clamp(value, low, high) {
    return Math.min(high, Math.max(low, value));
  }

  function currentCounts() {
    var code = selectedPattern();
    var preset = pacer.getAttribute("data-pattern-" + code);
    if (preset) return preset.split("-").map(Number);
    return [
      clamp(readCount("id_inhale", 4), 2, 10),
      clamp(readCount("id_hold_in", 0), 0, 10),
      clamp(readCount("id_exhale", 6), 2, 12),
      clamp(readCount("id_hold_out", 0), 0, 10)
    ];
  }

  function showCustomFields() {
    if (customFieldset) customFieldset.hidden = selectedPattern() !== "custom";
  }

  function formatClock(seconds) {
    var whole = Math.max(0, Math.ceil(seconds));
    var minutes = Math.floor(whole / 60);
    var rest = whole % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function elapsedSeconds() {
    if (!state) return 0;
    var running = state.paused ? 0 : (performance.now() - state.startedAt) / 1000;
    return state.elapsedBefore + running;
  }

  // Where in the breathing cycle a moment falls: the phase, and the seconds left in it.
  function locate(elapsed) {
    var counts = state.counts;
    var cycle = counts.reduce(function (a, b) { return a + b; }, 0);
    var t = elapsed % cycle;
    for (var i = 0; i < counts.length; i++) {
      if (counts[i] === 0) continue;
      if (t < counts[i]) return { index: i, left: counts[i] - t, length: counts[i] };
      t -= counts[i];
    }
    return { index: 0, left: counts[0], length: counts[0] };
  }

  function previousScale(index) {
    for (var step = 1; step <= 4; step++) {
      var i = (index - step + 4) % 4;
      if (state.counts[i] > 0) return PHASES[i].scale;
    }
    return MIN_SCALE;
  }

  function setShape(scale, seconds) {
    shape.style.setProperty("--pacer-scale", scale.toFixed(3));
    shape.style.setProperty("--pacer-duration", Math.max(0, seconds).toFixed(2) + "s");
  }

  function enterPhase(where) {
    var phase = PHASES[where.index];
    shape.className = "pacer-shape is-" + phase.key;
    setShape(phase.scale, where.left);
    phaseText.textContent = phase.words;
    live.textContent = phase.words + ", " + where.length;
    state.phase = where.index;
  }

  function tick() {
    var elapsed = elapsedSeconds();
    if (elapsed >= state.total) {
      finish(true);
      return;
    }
    var where = locate(elapsed);
    if (where.index !== state.phase) enterPhase(where);
    countText.textContent = String(Math.ceil(where.left));
    timeText.textContent = formatClock(state.total - elapsed) + " left";
  }

  function useTextOnly() {
    pacer.classList.toggle("pacer--text-only", reducedMotion.matches);
  }

  // Only time actually breathed is filled in: never the length chosen for the pacer.
  function fillDuration(seconds) {
    // One reading, to the tenth, for both: the shown time and the one sent agree.
    var tenths = Math.max(0, seconds).toFixed(1);
    var whole = Math.max(1, Math.round(parseFloat(tenths)));
    var minutes = document.getElementById("id_minutes");
    var secs = document.getElementById("id_seconds");
    var breathed = document.getElementById("id_breathed_seconds");
    if (breathed) breathed.value = tenths;
    if (minutes) minutes.value = String(Math.floor(whole / 60));
    if (secs) secs.value = String(whole % 60);
  }

  function keepScreenOn() {
    if (!("wakeLock" in navigator)) return;
    navigator.wakeLock.request("screen").then(function (lock) {
      if (state) state.lock = lock; else lock.release();
    }).catch(function () { /* not allowed here: the pacer works without it */ });
  }

  function start() {
    if (state) return;
    var minutes = parseInt(lengthSelect.value, 10) || 5;
    state = {
      counts: currentCounts(),
      total: clamp(minutes, 1, 20) * 60,
      elapsedBefore: 0,
      startedAt: performance.now(),
      paused: false,
      phase: -1,
      timer: null,
      lock: null
    };
    useTextOnly();
    pacer.classList.add("is-running");
    startButton.hidden = true;
    pauseButton.hidden = false;
    stopButton.hidden = false;
    lengthSelect.disabled = true;
    setShape(MIN_SCALE, 0);
    document.getElementById("pacer-stage").scrollIntoView({
      block: "center",
      behavior: reducedMotion.matches ? "auto" : "smooth"
    });
    // Let the browser paint the resting size before the first breath grows it.
    window.requestAnimationFrame(function () {
      if (!state) return;
      tick();
      state.timer = window.setInterval(tick, 100);
    });
    keepScreenOn();
  }

  function pause() {
    if (!state) return;
    var label = pauseButton.querySelector("span");
    if (state.paused) {
      state.paused = false;
      state.startedAt = performance.now();
      state.phase = -1; // re-enter the phase so the shape resumes from where it is
      pacer.classList.remove("is-paused");
      label.textContent = "Pause";
      tick();
      state.timer = window.setInterval(tick, 100);
      return;
    }
    var elapsed = elapsedSeconds();
    window.clearInterval(state.timer);
    state.elapsedBefore = elapsed;
    state.paused = true;
    var where = locate(elapsed);
    var from = previousScale(where.index);
    var to = PHASES[where.index].scale;
    var progress = 1 - where.left / where.length;
    setShape(from + (to - from) * progress, 0);
    pacer.classList.add("is-paused");
    label.textContent = "Resume";
    phaseText.textContent = "Paused";
    live.textContent = "Paused";
  }

  function finish(completed) {
    if (!state) return;
    var elapsed = Math.min(elapsedSeconds(), state.total);
    window.clearInterval(state.timer);
    if (state.lock) state.lock.release().catch(function () {});
    state = null;
    pacer.classList.remove("is-running", "is-paused");
    shape.className = "pacer-shape";
    setShape(MIN_SCALE, 1);
    startButton.hidden = false;
    pauseButton.hidden = true;
    pauseButton.querySelector("span").textContent = "Pause";
    stopButton.hidden = true;
    lengthSelect.disabled = false;
    countText.textContent = "";
    timeText.textContent = "";
    fillDuration(elapsed);
    var message = (completed ? "Finished. " : "Stopped. ") +
      "Your time is filled in below. Take a moment, then note how calm you feel.";
    phaseText.textContent = completed ? "Finished" : "Stopped";
    live.textContent = message;
    var after = document.getElementById("id_calm_after");
    if (after) after.focus({ preventScroll: false });
  }

  pacer.hidden = false;
  form.classList.add("has-pacer");
  useTextOnly();
  showCustomFields();
  if (reducedMotion.addEventListener) reducedMotion.addEventListener("change", useTextOnly);
  form.addEventListener("change", function (event) {
    if (event.target.name === "pattern") showCustomFields();
  });
  startButton.addEventListener("click", start);
  pauseButton.addEventListener("click", pause);
  stopButton.addEventListener("click", function () { finish(false); });
  // Esc stops a running pacer. The press is marked as used, so it does not also count toward
  // "Esc twice" for leaving quickly (static/js/quick-exit.js).
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && state) {
      event.preventDefault();
      finish(false);
    }
  });
})();
