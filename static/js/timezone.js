// Offer the browser's own time zone as a suggestion next to the time zone field.
(function () {
  const select = document.getElementById("id_timezone");
  const hint = document.getElementById("timezone-suggestion");
  if (!select || !hint) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === select.value) return;
  if (!Array.from(select.options).some((option) => option.value === zone)) return;
  hint.textContent = "Your browser says your time zone is " + zone.replace(/_/g, " ") + ". ";
  const use = document.createElement("button");
  use.type = "button";
  use.className = "btn btn-link btn-sm p-0 align-baseline";
  use.textContent = "Use it";
  use.addEventListener("click", () => {
    select.value = zone;
    hint.hidden = true;
    select.focus();
  });
  hint.appendChild(use);
  hint.hidden = false;
})();
