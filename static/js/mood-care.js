// When "Very low" is chosen as the mood, one quiet line appears right under the moods with a
// crisis line for where the person lives and a link to their safety plan; another mood hides
// it again. The line is in the page already (templates/journal/_mood_care.html), inside a
// polite live region. Without JavaScript it shows after saving instead.
(function () {
  "use strict";
  var line = document.getElementById("mood-care");
  var form = line && line.closest("form");
  if (!form) return;
  var VERY_LOW = "1";
  form.addEventListener("change", function (event) {
    if (event.target.name !== "mood") return;
    line.hidden = event.target.value !== VERY_LOW;
  });
})();
