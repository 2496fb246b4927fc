// The little behaviour every page needs, without Bootstrap's JavaScript bundle:
// the phone menu toggle and closing a message. Everything works without it too.
(function () {
  document.addEventListener("click", (event) => {
    const toggler = event.target.closest("[data-bs-toggle='collapse']");
    if (toggler) {
      const target = document.querySelector(toggler.getAttribute("data-bs-target"));
      if (target) {
        const open = target.classList.toggle("show");
        toggler.setAttribute("aria-expanded", open ? "true" : "false");
      }
      return;
    }
    const closer = event.target.closest("[data-bs-dismiss='alert']");
    if (closer) {
      const alert = closer.closest(".alert");
      if (alert) alert.remove();
    }
  });
})();
