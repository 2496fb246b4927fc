// Shows the safety plan's Print button and prints the page when it is pressed. Without
// JavaScript the button stays hidden and the browser's own print command prints the same plan.
document.querySelectorAll("[data-safety-print]").forEach((button) => {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
});
