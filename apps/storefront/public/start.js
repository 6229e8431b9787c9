// Starts the storefront's script once the browser has painted the page (see start-after-paint-plugin.ts).
// A requestAnimationFrame callback runs just before a paint; a task queued from it runs after.
(function () {
  var entry = document.currentScript && document.currentScript.getAttribute("data-entry");
  if (!entry) return;
  requestAnimationFrame(function () {
    setTimeout(function () {
      import(entry);
    }, 0);
  });
})();
