// Shows the "Print or save as PDF" button on a quiz result, and opens the chart's table of
// numbers while printing so paper carries the data too. Without JavaScript the button stays
// hidden and the browser's own print command gives the same printable page.
document.querySelectorAll("[data-quiz-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});

const closedBeforePrint = [];
window.addEventListener("beforeprint", () => {
  document.querySelectorAll(".quiz-result details:not([open])").forEach((details) => {
    details.open = true;
    closedBeforePrint.push(details);
  });
});
window.addEventListener("afterprint", () => {
  closedBeforePrint.splice(0).forEach((details) => {
    details.open = false;
  });
});
