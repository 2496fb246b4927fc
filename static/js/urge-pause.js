// The pause's countdown. The time left comes from the server (the pause's start is stored
// with the urge), so a reload keeps it right. The clock is shown but hidden from screen
// readers; a polite live region says the time left once a minute instead. Under
// prefers-reduced-motion the CSS stops the wave and the bar's movement: only the numbers change.
// While the pause runs the outcome form waits behind "I'm ready to say how it went"; without
// JavaScript it is simply on the page.
(function () {
  "use strict";

  var pause = document.getElementById("pause");
  if (!pause) return;
  var total = parseInt(pause.getAttribute("data-seconds-left"), 10);
  if (isNaN(total)) return;

  var clockBox = pause.querySelector(".pause-clock");
  var clock = pause.querySelector("[data-pause-clock]");
  var bar = pause.querySelector("[data-pause-bar]");
  var live = pause.querySelector("[data-pause-live]");
  var staticText = pause.querySelector("[data-pause-static]");
  var ready = pause.querySelector("[data-pause-ready]");
  var later = document.querySelector("[data-pause-later]");
  var endsAt = performance.now() + total * 1000;
  var lastSpokenMinute = null;
  var timer = null;

  function format(seconds) {
    var minutes = Math.floor(seconds / 60);
    var rest = seconds % 60;
    return minutes + ":" + (rest < 10 ? "0" : "") + rest;
  }

  function showOutcome() {
    if (later) later.hidden = false;
  }

  function tick() {
    var left = Math.max(0, Math.ceil((endsAt - performance.now()) / 1000));
    clock.textContent = format(left) + " left";
    var fraction = total > 0 ? left / total : 0;
    bar.style.transform = "scaleX(" + fraction + ")";
    var minute = Math.ceil(left / 60);
    if (left === 0) {
      clock.textContent = "The pause is over";
      live.textContent = "The pause is over. When you are ready, say how it went.";
      window.clearInterval(timer);
      showOutcome();
    } else if (minute !== lastSpokenMinute) {
      lastSpokenMinute = minute;
      live.textContent = minute === 1 ? "Less than a minute left." : minute + " minutes left.";
    }
  }

  if (total > 0) {
    clockBox.hidden = false;
    if (staticText) staticText.hidden = true;
    if (later) later.hidden = true;
    if (ready) {
      ready.addEventListener("click", function () {
        showOutcome();
      });
    }
    tick();
    timer = window.setInterval(tick, 1000);
  }
})();
