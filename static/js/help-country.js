// On the help page, when nothing says where a person is (a visitor, or someone whose settings
// still say UTC), the browser's own time zone suggests a country: the page is shown again with
// that country's lines first. The guess lives in the address only (?country=), replacing the
// page in history; nothing is stored. Without JavaScript the country list works as it is.
(function () {
  "use strict";
  var holder = document.getElementById("browser-zones");
  var select = document.getElementById("id_country");
  if (!holder || !select || /[?&]country=/.test(window.location.search)) return;
  var zones;
  try {
    zones = JSON.parse(holder.getAttribute("data-zones") || "{}");
  } catch (error) {
    return;
  }
  var zone = "";
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone || "";
  } catch (error) {
    return;
  }
  var country = zones[zone];
  if (!country) return;
  select.value = country;
  var url = new URL(window.location.href);
  url.searchParams.set("country", country);
  window.location.replace(url.toString());
})();
