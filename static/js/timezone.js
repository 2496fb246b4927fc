// The browser's own time zone comes first in the time zone list, as a suggestion. While the
// field still holds the default (UTC) it is chosen, and the page says so; otherwise a button
// offers it. The words come from the template (#timezone-suggestion's data attributes). Without
// JavaScript the grouped list works as it is.
(function () {
  const select = document.getElementById("id_timezone");
  const hint = document.getElementById("timezone-suggestion");
  if (!select || !hint) return;
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!zone || zone === "UTC" || zone === select.value) return;
  const listed = Array.from(select.options).find((option) => option.value === zone);
  if (!listed) return;

  const region = listed.parentElement.tagName === "OPTGROUP" ? listed.parentElement.label : "";
  const place = region ? `${listed.textContent} (${region})` : listed.textContent;
  const suggestion = document.createElement("optgroup");
  suggestion.label = hint.dataset.group;
  suggestion.append(new Option(place, zone));
  select.prepend(suggestion);

  const say = (text) => text.replace("{place}", place);
  if (select.value === "UTC") {
    select.value = zone;
    hint.textContent = say(hint.dataset.chosen);
  } else {
    hint.textContent = say(hint.dataset.offer) + " ";
    const use = document.createElement("button");
    use.type = "button";
    use.className = "btn btn-link btn-sm p-0 align-baseline";
    use.textContent = hint.dataset.use;
    use.addEventListener("click", () => {
      select.value = zone;
      hint.hidden = true;
      select.focus();
    });
    hint.append(use);
  }
  hint.hidden = false;
})();
