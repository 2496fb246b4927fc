// On the quiz start form, the private-name field is only needed for one named relationship:
// hide it while "close relationships in general" is chosen, and move focus to it when shown.
// Without JavaScript the field simply stays visible, and the form checks it on the server.
(() => {
  const nameField = document.getElementById("div_id_focus_name");
  const radios = document.querySelectorAll('input[name="focus"]');
  if (!nameField || radios.length === 0) return;
  const sync = (moveFocus) => {
    const chosen = document.querySelector('input[name="focus"]:checked');
    const named = chosen && chosen.value === "named";
    nameField.hidden = !named;
    if (named && moveFocus) document.getElementById("id_focus_name")?.focus();
  };
  radios.forEach((radio) => radio.addEventListener("change", () => sync(true)));
  sync(false);
})();
