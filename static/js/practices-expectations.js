// A gentle, live hint about absolute words ("should", "always", "never", "must") while a
// person writes an expectation. Nothing leaves the page; the server shows the same hints after
// saving (practices/wording.py holds the reference list).
(function () {
  "use strict";

  var field = document.querySelector("[data-absolute-words]");
  var hint = document.getElementById("absolute-hint");
  if (!field || !hint) return;

  var WORDS = [
    ["shouldn't", /\bshouldn['’]?t\b/i],
    ["mustn't", /\bmustn['’]?t\b/i],
    ["should", /\bshould\b/i],
    ["must", /\bmust\b/i],
    ["have to", /\bha(ve|s)\s+to\b/i],
    ["ought to", /\bought\s+to\b/i],
    ["always", /\balways\b/i],
    ["never", /\bnever\b/i],
    ["every time", /\bevery\s+time\b/i],
    ["everything", /\beverything\b/i],
    ["no one", /\b(no\s+one|nobody)\b/i]
  ];

  function found(text) {
    var words = [];
    WORDS.forEach(function (entry) {
      if (entry[1].test(text) && words.indexOf(entry[0]) === -1) words.push(entry[0]);
    });
    return words;
  }

  var timer = null;
  function update() {
    var words = found(field.value);
    if (!words.length) {
      hint.hidden = true;
      hint.textContent = "";
      return;
    }
    var quoted = words.map(function (w) { return "“" + w + "”"; }).join(", ");
    hint.textContent = "You wrote " + quoted + ". Words like these can hide a rule. " +
      "Is it true every single time, for anyone? What would be enough on an ordinary day?";
    hint.hidden = false;
  }

  field.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 600);
  });
  update();
})();
